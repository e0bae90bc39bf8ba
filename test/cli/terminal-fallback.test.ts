import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
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
