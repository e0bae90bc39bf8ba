// While Ink owns the screen nothing else may write to the terminal: a warning or a console line from a
// library lands in the middle of a frame and garbles it for good (on Node 20 the AWS SDK's
// NodeVersionSupportWarning did exactly that to the header). They are held back and shown after exit.
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import process from 'node:process';
import {test} from 'node:test';
import {enterAlternateScreen, hasScript, leaveAlternateScreen, node, spawnPty, terminalEnv} from '../helpers/pty.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {heldLine, quietTerminal, type HeldMessage} from '../../source/tui/terminal/quiet-terminal.js';
import {lineWith} from './frame-checks.js';
import {cutoverStore, minute, t0} from './fixtures.js';
import {keys, renderScreen} from './render-screen.js';

const child = fileURLToPath(new URL('noisy-tui-child.tsx', import.meta.url));
const probes = [
	'NodeVersionSupportWarning',
	'probe-emit-warning',
	'probe-console-log',
	'probe-console-info',
	'probe-console-warn',
	'probe-console-error',
	'probe-console-debug',
	'probe-console-trace',
	'console-dir',
	'probe-stderr-write',
];

test('on a pty, warnings and console output from libraries never reach the terminal while the screen is up', async (t) => {
	if (!hasScript()) return t.skip('util-linux script(1) is not installed');
	const pty = spawnPty([node, '--import', 'tsx', child], {columns: 120, rows: 40, env: terminalEnv(cleanEnv())});
	t.after(() => pty.kill());
	await pty.waitFor('import-snap-');
	// The child wrote its probes as the poll that brought these rows into the store landed.
	// Tasks are running: q asks once, the second q quits.
	pty.type('qq');
	assert.equal(await pty.exited(15_000), 0, pty.output().slice(-3000));
	const output = pty.output();
	const screenStart = output.indexOf(enterAlternateScreen);
	const screenEnd = output.lastIndexOf(leaveAlternateScreen);
	assert.ok(screenStart >= 0 && screenEnd > screenStart, 'the screen was taken and given back');
	const whileUp = output.slice(0, screenEnd);
	for (const probe of probes) assert.ok(!whileUp.includes(probe), `${probe} reached the terminal while the screen was up`);
	assert.doesNotMatch(whileUp, /\(node:\d+\)/, 'no Node warning line');
	// Afterwards they are reported, once each, and console is itself again.
	const after = output.slice(screenEnd);
	assert.match(after, /NodeVersionSupportWarning/);
	assert.match(after, /probe-console-warn 42/);
	assert.match(after, /console\.log is the original/);
});

test('held messages are in the event log, in time order, one line each; f hides them, / finds them', async (t) => {
	const store = cutoverStore();
	store.getState().addNotice({
		at: t0 + minute,
		source: 'warning',
		text: 'NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nwill require node >=22. You are running node v20.19.5.',
	});
	store.getState().addNotice({at: t0 + 2 * minute, source: 'console', text: 'Error: socket hang up\n    at Socket.onclose (node:net:1:1)'});
	const screen = renderScreen(store, {columns: 160, rows: 40});
	t.after(() => screen.unmount());
	await screen.press('e');
	const frame = screen.frame();
	const warning = lineWith(frame, 'NodeVersionSupportWarning');
	assert.match(
		warning,
		/12:01:00 +! warning +NodeVersionSupportWarning: The AWS SDK for JavaScript \(v3\) will require node >=22\. You are running node v20\.19\.5\./,
	);
	assert.match(lineWith(frame, 'socket hang up'), /12:02:00 +! console +Error: socket hang up/);
	assert.doesNotMatch(frame, /Socket\.onclose/, 'no stack frames on screen');
	assert.ok(frame.indexOf('socket hang up') < frame.indexOf('NodeVersionSupportWarning'), 'newest first');
	assert.ok(frame.indexOf('NodeVersionSupportWarning') < frame.indexOf('listed'), 'after the listings of 12:00');
	await screen.press('f', 'f');
	assert.doesNotMatch(screen.frame(), /NodeVersionSupportWarning/, 'not a failed task');
	await screen.press('F', 'F', '/', ...'node >=22', keys.enter);
	assert.match(screen.frame(), /NodeVersionSupportWarning/);
	assert.doesNotMatch(screen.frame(), /socket hang up|listed/);
});

test('quietTerminal diverts console, process.emitWarning and stderr, then puts back exactly what was there', () => {
	const before = {log: console.log, error: console.error, emitWarning: process.emitWarning, write: process.stderr.write};
	const held: HeldMessage[] = [];
	const release = quietTerminal((message) => held.push(message));
	console.log('a %s', 'b');
	console.table([{x: 1}]);
	console.assert(false, 'nope');
	process.emitWarning('careful', 'ExperimentalWarning');
	process.emitWarning(new Error('boom'));
	process.stderr.write('raw\n');
	release();
	release();
	assert.deepEqual(
		held.map((message) => `${message.source}: ${message.text.split('\n')[0]}`),
		[
			'console: a b',
			'console: ┌─────────┬───┐',
			'console: Assertion failed: nope',
			'warning: ExperimentalWarning: careful',
			'warning: Error: boom',
			'stderr: raw',
		],
	);
	assert.equal(console.log, before.log);
	assert.equal(console.error, before.error);
	assert.equal(process.emitWarning, before.emitWarning);
	assert.equal(process.stderr.write, before.write);
});

test('a held line is one line without stack frames or what Node adds for developers', () => {
	const printed =
		'(node:28230) Warning: NodeVersionSupportWarning: The AWS SDK\nwill require node >=22.\n(Use `node --trace-warnings ...` to show where the warning was created)';
	assert.equal(heldLine(printed), 'Warning: NodeVersionSupportWarning: The AWS SDK will require node >=22.');
	assert.equal(heldLine('Error: boom\n    at x (file.js:1:1)\n    at y (file.js:2:2)'), 'Error: boom');
	assert.equal(heldLine('\u001b]2;evil\u0007title\u202e'), 'title');
});
