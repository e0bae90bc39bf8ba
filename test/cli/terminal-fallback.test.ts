import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
import {spawnPty, node} from '../helpers/pty.js';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

function hasScript(): boolean {
	try {
		execFileSync('script', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

test('stdout on a terminal but stdin not: says what it does and falls back to event lines, no crash', async (t) => {
	if (!hasScript()) {
		t.skip('util-linux script(1) is not installed');
		return;
	}
	// script(1) gives the command a pseudo-terminal; stdin is then redirected away from it.
	const command = `'${process.execPath}' '${cliPath}' --demo --speed 50 < /dev/null`;
	const child = spawn('script', ['-qfec', command, '/dev/null'], {env: cleanEnv({TERM: 'xterm-256color'})});
	let output = '';
	const seen = new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no event line within 30 s:\n${output}`)), 30_000);
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (/ listed /.test(output)) {
				clearTimeout(timer);
				resolve();
			}
		});
	});
	t.after(() => child.kill('SIGKILL'));
	await seen;
	assert.match(output, /cutwatch: stdin is not a terminal/);
	assert.doesNotMatch(output, /\u001b\[\?1049h/, 'never entered the alternate screen');
	assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
});

for (const [what, term] of [
	['TERM=dumb', {TERM: 'dumb'}],
	['no TERM at all', {}],
] as const) {
	test(`${what} on a terminal: one line says why, then event lines; never the alternate screen`, async (t) => {
		if (!hasScript()) return t.skip('util-linux script(1) is not installed');
		// cleanEnv sets no TERM; the pty harness's terminalEnv would add one, so build the env by hand.
		const pty = spawnPty([node, cliPath, '--demo', '--speed', '50'], {env: {...cleanEnv(), LC_ALL: 'C.UTF-8', ...term}});
		t.after(() => pty.kill());
		// Whichever comes first: an event line, or the full screen taking over.
		const output = await pty.waitFor(/ listed |\u001b\[\?1049h/);
		const reasons = output.split(/\r?\n/).filter((line) => line.startsWith('cutwatch: '));
		assert.equal(reasons.length, 1, output);
		assert.match(reasons[0]!, 'TERM' in term ? /TERM=dumb/ : /TERM is not set/);
		assert.match(reasons[0]!, /printing events as lines/);
		assert.doesNotMatch(output, /\u001b\[\?1049h/, 'never entered the alternate screen');
		assert.doesNotMatch(output, /\u001b\[\?25l/, 'never hid the cursor');
	});
}
