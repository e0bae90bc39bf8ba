// Measures the screen's cost on a 200×50 terminal, for the performance budget:
// - frame time after a key press (selection move) with 100 and with 50,000 tasks: store change to frame written;
// - frame time after a poll that moves one task by one percent, split into the store's work and the screen's;
// - bytes Ink writes for that one-percent change with incremental rendering, against a full repaint.
// Run: NODE_ENV=production ./node_modules/.bin/node --import tsx test/ui/bench-frame.tsx
// (React's development build, used when NODE_ENV is unset, is markedly slower.)
import {render} from 'ink';
import {App} from '../../source/ui/App.js';
import {maxFps} from '../../source/ui/run-tui.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {fourPaneStore, keyOf, snapshotList, t0} from './fixtures.js';
import {recordControl, recordPoller, settle, TestStdin, TestStdout} from './render-screen.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function frames(count: number) {
	const store = fourPaneStore();
	store.getState().pollSucceeded(keyOf.snapshot, snapshotList(count, () => 40), t0);
	const stdout = new TestStdout(200, 50);
	let writtenAt = 0;
	const write = stdout.write;
	stdout.write = (chunk: string, callback?: () => void) => {
		writtenAt = performance.now();
		return write(chunk, callback);
	};
	const instance = render(
		<App session={{store, poller: recordPoller(store), regions: ['us-east-1'], accounts: ['prod']}} ui={{color: true, ascii: false, bell: 'failed', title: false}} control={recordControl()} clock={createManualTimers(t0)} />,
		{stdout: stdout as unknown as NodeJS.WriteStream, stdin: new TestStdin() as unknown as NodeJS.ReadStream, debug: true, exitOnCtrlC: false, patchConsole: false},
	);
	await settle();
	const frameAfter = async (change: () => void) => {
		const before = stdout.frames.length;
		const start = performance.now();
		change();
		const changed = performance.now();
		while (stdout.frames.length === before) await settle();
		return {total: writtenAt - start, store: changed - start};
	};
	const keys: number[] = [];
	for (let i = 0; i < 60; i++) keys.push((await frameAfter(() => store.getState().moveSelection('import-snapshot', i % 2 === 0 ? 1 : -1))).total);
	const polls: Array<{total: number; store: number}> = [];
	for (let i = 0; i < 9; i++) {
		const list = snapshotList(count, (n) => (n === 1 ? 41 + i : 40));
		polls.push(await frameAfter(() => store.getState().pollSucceeded(keyOf.snapshot, list, t0 + (i + 1) * 15_000)));
	}
	instance.unmount();
	return {
		tasks: count,
		keyFrameMs: +median(keys.slice(10)).toFixed(2),
		pollFrameMs: +median(polls.map((poll) => poll.total)).toFixed(2),
		ofWhichStoreMs: +median(polls.map((poll) => poll.store)).toFixed(2),
	};
}

async function bytes() {
	const store = fourPaneStore();
	store.getState().pollSucceeded(keyOf.snapshot, snapshotList(200, () => 40), t0);
	const stdout = new TestStdout(200, 50, true);
	const instance = render(
		<App session={{store, poller: recordPoller(store), regions: ['us-east-1'], accounts: ['prod']}} ui={{color: true, ascii: false, bell: 'failed', title: false}} control={recordControl()} clock={createManualTimers(t0)} />,
		{stdout: stdout as unknown as NodeJS.WriteStream, stdin: new TestStdin() as unknown as NodeJS.ReadStream, interactive: true, incrementalRendering: true, maxFps, exitOnCtrlC: false, patchConsole: false},
	);
	await settle();
	const repaint = stdout.bytes;
	const before = stdout.bytes;
	store.getState().pollSucceeded(keyOf.snapshot, snapshotList(200, (n) => (n === 3 ? 41 : 40)), t0 + 15_000);
	while (stdout.bytes === before) await settle();
	await settle();
	const update = stdout.bytes - before;
	instance.unmount();
	return {fullRepaintBytes: repaint, onePercentUpdateBytes: update};
}

await frames(100); // JIT warm-up
console.log(await frames(100));
console.log(await frames(50_000));
console.log(await bytes());
