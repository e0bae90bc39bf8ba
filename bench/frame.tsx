// Frame time: how long the screen takes to show one task's progress moving by one percent, with N tasks in the
// store, on a 200×50 terminal. The clock starts when the store has applied the poll (a store listener that runs
// before React's) and stops at the frame's last write, so it covers what the screen does: selectors, React, Ink
// layout and the incremental diff. Applying the poll itself is the store's work, reported beside it.
import {selectPaneTasks, type CutwatchStore} from '../source/store/index.js';
import {cpuMs, FakeTerminal, frozenClock, mountTui, nextWrite, quiet} from './terminal.js';
import {filledStore, keyOf, snapshotCount, snapshotListing, snapshotTask} from './screen-store.js';
import {summarize, type Stat} from './stats.js';

export const screen = {columns: 200, rows: 50};
/** 12:00:00 UTC: polls land within this minute, so the clocks on screen (HH:MM) never change. */
export const minuteStart = Date.UTC(2026, 10, 23, 12, 0, 0);
/** The snapshot pane shows 21 rows on a 200×50 grid; the task that moves is picked among the first of them. */
export const rowsOnScreen = 18;

export type FrameResult = {
	tasks: number;
	/** Store change to frame written, one progress +1 %. */
	frameMs: Stat;
	/** pollSucceeded applying the listing with that change, before any subscriber runs. */
	applyMs: Stat;
	/** Store change to frame written for a selection move (a key press): no selector has to recompute. */
	keyFrameMs: Stat;
	/** The same two, as CPU time of this process (user + system): what the frame costs, whatever else runs. */
	frameCpuMs: Stat;
	keyFrameCpuMs: Stat;
};

/** A running task on screen in the snapshot pane (the focused one), by its index in the listing. */
export function visibleRunningTask(store: CutwatchStore, rows: number): number {
	const onScreen = selectPaneTasks(store.getState(), 'import-snapshot').slice(0, rows);
	const row = onScreen.find((tracked, index) => index >= 3 && tracked.task.category === 'active' && (tracked.task.progress ?? 100) < 50);
	if (!row) throw new Error('no running task on screen to move');
	return Number.parseInt(row.task.id.slice('import-snap-'.length), 16);
}

/**
 * How the change arrives: 'merged' as two-tier polling delivers it between full listings (a partial answer of
 * the 500 tasks around the one that moved, store pollMerged), 'full' as a full listing of every task.
 */
export type Listing = 'merged' | 'full';
const mergedAnswer = 500;

export async function measureFrames(tasks: number, runs: number, listing: Listing = 'merged'): Promise<FrameResult> {
	const store = filledStore(tasks, minuteStart);
	let changedAt = 0;
	let changedCpuMs = 0;
	// Subscribed before the screen mounts, so it runs before React's listeners on every change.
	const unsubscribe = store.subscribe(() => {
		changedAt = performance.now();
		changedCpuMs = cpuMs();
	});
	const terminal = new FakeTerminal(screen.columns, screen.rows);
	const instance = mountTui(store, terminal, frozenClock(minuteStart + 30_000));
	try {
		await quiet(terminal);
		if (terminal.bytes === 0) throw new Error('the screen drew nothing');
		const target = visibleRunningTask(store, rowsOnScreen);
		const count = snapshotCount(tasks);
		const base = (i: number) => (i * 7) % 100;
		const frame: number[] = [];
		const frameCpu: number[] = [];
		const apply: number[] = [];
		for (let run = 0; run < runs; run++) {
			// Fresh objects, as a new SDK response would be; built before the clock starts.
			const progressOf = (i: number) => (i === target ? base(i) + run + 1 : base(i));
			const first = Math.max(0, Math.min(count - mergedAnswer, target - mergedAnswer / 2));
			const answer =
				listing === 'full'
					? snapshotListing(count, progressOf)
					: Array.from({length: Math.min(count, mergedAnswer)}, (_, i) => snapshotTask(first + i, progressOf(first + i)));
			// Past Ink's frame throttle (maxFps), so this frame is drawn at once, as a lone poll's would be.
			await quiet(terminal);
			const writes = terminal.writes;
			const start = performance.now();
			const at = minuteStart + (run + 1) * 1000;
			if (listing === 'full') store.getState().pollSucceeded(keyOf['import-snapshot'], answer, at);
			else store.getState().pollMerged(keyOf['import-snapshot'], answer, at);
			await nextWrite(terminal, writes);
			await quiet(terminal);
			frame.push(terminal.lastWriteAt - changedAt);
			frameCpu.push(terminal.lastWriteCpuMs - changedCpuMs);
			apply.push(changedAt - start);
		}
		const key: number[] = [];
		const keyCpu: number[] = [];
		for (let run = 0; run < runs; run++) {
			await quiet(terminal);
			const writes = terminal.writes;
			store.getState().moveSelection('import-snapshot', run % 2 === 0 ? 1 : -1);
			await nextWrite(terminal, writes);
			await quiet(terminal);
			key.push(terminal.lastWriteAt - changedAt);
			keyCpu.push(terminal.lastWriteCpuMs - changedCpuMs);
		}
		return {
			tasks,
			frameMs: summarize(frame),
			applyMs: summarize(apply),
			keyFrameMs: summarize(key),
			frameCpuMs: summarize(frameCpu),
			keyFrameCpuMs: summarize(keyCpu),
		};
	} finally {
		instance.unmount();
		unsubscribe();
	}
}
