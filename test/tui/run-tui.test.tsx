// runTui end to end on a demo session (simulator, real SDK clients): it takes the screen, polls, and gives the
// terminal back exactly as it found it, on q, on Ctrl-C and on a signal.
import './force-color.js';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, test} from 'node:test';
import type {UiOptions} from '../../source/config/config.js';
import {runTui} from '../../source/tui/run-tui.js';
import {openDemoSession, type DemoSession} from '../helpers/demo-session.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {keys, settle, TestStdin, TestStdout} from './render-screen.js';

const enterAlternateScreen = '\u001b[?1049h';
const leaveAlternateScreen = '\u001b[?1049l';
const hideCursor = '\u001b[?25l';
const showCursor = '\u001b[?25h';

let session: DemoSession | undefined;
afterEach(async () => {
	await session?.close();
	session = undefined;
});

async function start(ui: UiOptions = {color: true, ascii: false, bell: 'failed' as const, title: true}, answer?: string) {
	session = await openDemoSession();
	const stdout = new TestStdout(120, 40, true);
	const stdin = new TestStdin();
	if (answer !== undefined) {
		// A terminal that answers the background question, as it comes.
		const write = stdout.write;
		stdout.write = (chunk: string, callback?: () => void) => {
			if (chunk.includes('\u001b]11;?')) setImmediate(() => stdin.write(answer));
			return write(chunk, callback);
		};
	}
	const controller = new AbortController();
	// As the entry does (main.ts): the session polls, the screen shows it.
	session.poller.start();
	const exited = runTui(session, ui, {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream}, controller.signal);
	const written = () => stdout.frames.join('');
	const deadline = Date.now() + 10_000;
	// The first poll goes to the simulator over loopback; wait for its rows.
	while (!written().includes('import-snap-')) {
		if (Date.now() > deadline) throw new Error(`no tasks on screen:\n${written().slice(-2000)}`);
		await settle();
	}
	return {stdout, stdin, controller, exited, written};
}

describe('runTui', () => {
	test('takes the alternate screen, hides the cursor, polls, and sets the title', async () => {
		const {stdin, exited, written} = await start();
		const output = written();
		assert.ok(output.startsWith(enterAlternateScreen), 'the alternate screen comes first');
		assert.ok(output.includes(hideCursor));
		assert.ok(output.includes('\u001b[?1004h'), 'focus reporting on (the recap on return)');
		assert.ok(output.includes('\u001b[22;0t'), 'the old title is saved');
		assert.match(output, /\u001b\]2;cutwatch ▶\d+ ✗\d+ ✓\d+\u0007/);
		assert.equal(session!.store.getState().sources.size, 4, 'every source polled');
		stdin.write('qq'); // tasks are running: q asks once
		assert.equal(await exited, 0);
	});

	test('the screen runs no polling of its own: a session nobody started is shown, not polled', async () => {
		session = await openDemoSession();
		const stdout = new TestStdout(120, 40, true);
		const controller = new AbortController();
		const ui = {color: false, ascii: false, bell: 'none' as const, title: false};
		const exited = runTui(
			session,
			ui,
			{stdin: new TestStdin() as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream},
			controller.signal,
		);
		try {
			const deadline = Date.now() + 10_000;
			while (!stdout.frames.join('').includes('polling (no answer yet)')) {
				if (Date.now() > deadline) throw new Error(`no screen:\n${stdout.frames.join('').slice(-2000)}`);
				await settle();
			}
			// Long enough for a loopback poll, had one been sent.
			for (let i = 0; i < 50; i++) await settle();
			assert.equal(session.store.getState().sources.size, 0, 'no source was polled');
			assert.doesNotMatch(stdout.frames.join(''), /import-snap-/);
		} finally {
			controller.abort();
			assert.equal(await exited, 0);
		}
	});

	test('q gives the terminal back: primary screen, cursor shown, title restored, nothing written after', async () => {
		const {stdin, exited, written, stdout} = await start();
		stdin.write('qq'); // tasks are running: q asks once
		assert.equal(await exited, 0);
		const output = written();
		const leave = output.lastIndexOf(leaveAlternateScreen);
		assert.ok(leave > 0, 'left the alternate screen');
		assert.ok(output.lastIndexOf(showCursor) > output.lastIndexOf(hideCursor), 'cursor shown again');
		assert.ok(output.lastIndexOf('\u001b[23;0t') < leave, 'title restored before leaving');
		const bytes = stdout.bytes;
		await session!.tick();
		await settle();
		assert.equal(stdout.bytes, bytes, 'a poll after exit draws nothing');
	});

	test('Ctrl-C and the abort signal (SIGINT, SIGTERM, SIGHUP) end it the same way', async () => {
		const first = await start();
		first.stdin.write(keys.ctrlC);
		assert.equal(await first.exited, 0);
		assert.ok(first.written().endsWith(leaveAlternateScreen + showCursor) || first.written().includes(leaveAlternateScreen));
		await session!.close();
		const second = await start();
		second.controller.abort();
		assert.equal(await second.exited, 0);
		assert.ok(second.written().includes(leaveAlternateScreen));
	});

	for (const name of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
		test(`${name} while the screen is up ends it through the abort signal: terminal restored, exit code 0`, async () => {
			// A separate process: Ink's signal-exit re-raises a signal it thinks nobody handles, and only a real
			// process shows whether that kills cutwatch before it has restored the terminal.
			const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('tui-child.tsx', import.meta.url))], {env: cleanEnv()});
			let stdout = '';
			let stderr = '';
			const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
			const drawn = new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`the child never drew tasks:\n${stderr}`)), 20_000);
				child.stdout.on('data', (chunk: Buffer) => {
					stdout += chunk.toString();
					if (stdout.includes('import-snap-')) {
						clearTimeout(timer);
						resolve();
					}
				});
			});
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			try {
				await drawn;
			} catch (error) {
				child.kill('SIGKILL');
				throw error;
			}
			child.kill(name);
			assert.equal(await closed, 0, stderr);
			assert.match(stderr, /runTui returned 0/);
			assert.ok(stdout.lastIndexOf(leaveAlternateScreen) > stdout.lastIndexOf('import-snap-'), 'left the alternate screen after the last frame');
			assert.ok(stdout.lastIndexOf(showCursor) > stdout.lastIndexOf(hideCursor), 'cursor shown again');
		});
	}

	test('--theme auto asks before the screen and draws in the palette for the answer; the answer is not typed', async () => {
		const ui: UiOptions = {color: true, ascii: false, bell: 'none', title: false, theme: 'auto'};
		const light = await start(ui, '\u001b]11;rgb:ffff/ffff/ffff\u0007\u001b[?62;22c');
		const output = light.written();
		assert.ok(output.startsWith('\u001b]11;?\u0007\u001b[c' + enterAlternateScreen), 'the question, then the screen');
		assert.ok(output.includes('\u001b[34m'), 'blue: the light palette');
		assert.ok(!output.includes('\u001b[36m'), 'no cyan (the dark palette)');
		assert.doesNotMatch(output, /rgb:/, 'nothing of the answer is shown');
		light.stdin.write('qq');
		assert.equal(await light.exited, 0);
		await session!.close();
		const dark = await start(ui, '\u001b]11;rgb:0000/0000/0000\u001b\\');
		assert.ok(dark.written().includes('\u001b[36m'), 'cyan: the dark palette');
		dark.stdin.write('qq');
		assert.equal(await dark.exited, 0);
	});

	test('a signal while the terminal is being asked: no screen is taken, raw mode is let go, it returns 0', async () => {
		session = await openDemoSession();
		const stdout = new TestStdout(120, 40, true);
		const stdin = new TestStdin();
		const raw: boolean[] = [];
		stdin.setRawMode = (...args: [mode?: boolean]) => void raw.push(args[0] === true);
		const controller = new AbortController();
		const ui: UiOptions = {color: true, ascii: false, bell: 'none', title: false, theme: 'auto'};
		const exited = runTui(session, ui, {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream}, controller.signal);
		controller.abort();
		assert.equal(await exited, 0);
		assert.deepEqual(stdout.frames, ['\u001b]11;?\u0007\u001b[c'], 'only the question was written');
		assert.deepEqual(raw, [true, false]);
	});

	test('--no-title writes no title sequences', async () => {
		const {stdin, exited, written} = await start({color: false, ascii: true, bell: 'failed', title: false});
		stdin.write('qq'); // tasks are running: q asks once
		await exited;
		assert.doesNotMatch(written(), /\u001b\]2;|\u001b\[2[23];0t/);
	});
});
