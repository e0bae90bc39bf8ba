// Frame time: how long the screen takes to show one task's progress moving by one percent, with N tasks in the
// store, on a 200×50 terminal. The clock starts when the store has applied the poll (a store listener that runs
// before React's) and stops at the frame's last write, so it covers what the screen does: selectors, React, Ink
// layout and the incremental diff. Applying the poll itself is the store's work, reported beside it.
import {selectPaneTasks, type CutwatchStore} from '../source/store/index.js';
import {FakeTerminal, frozenClock, mountTui, nextWrite, quiet} from './terminal.js';
import {filledStore, keyOf, snapshotCount, snapshotListing} from './screen-store.js';
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
};

/** A running task on screen in the snapshot pane (the focused one), by its index in the listing. */
export function visibleRunningTask(store: CutwatchStore, rows: number): number {
	const onScreen = selectPaneTasks(store.getState(), 'import-snapshot').slice(0, rows);
	const row = onScreen.find((tracked, index) => index >= 3 && tracked.task.category === 'active' && (tracked.task.progress ?? 100) < 50);
	if (!row) throw new Error('no running task on screen to move');
	return Number.parseInt(row.task.id.slice('import-snap-'.length), 16);
}

export async function measureFrames(tasks: number, runs: number): Promise<FrameResult> {
	const store = filledStore(tasks, minuteStart);
	let changedAt = 0;
	// Subscribed before the screen mounts, so it runs before React's listeners on every change.
	const unsubscribe = store.subscribe(() => {
		changedAt = performance.now();
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
		const apply: number[] = [];
		for (let run = 0; run < runs; run++) {
			// Fresh objects, as a new SDK response would be; built before the clock starts.
			const listing = snapshotListing(count, (i) => (i === target ? base(i) + run + 1 : base(i)));
			// Past Ink's frame throttle (maxFps), so this frame is drawn at once, as a lone poll's would be.
			await quiet(terminal);
			const writes = terminal.writes;
			const start = performance.now();
			store.getState().pollSucceeded(keyOf['import-snapshot'], listing, minuteStart + (run + 1) * 1000);
			await nextWrite(terminal, writes);
			await quiet(terminal);
			frame.push(terminal.lastWriteAt - changedAt);
			apply.push(changedAt - start);
		}
		const key: number[] = [];
		for (let run = 0; run < runs; run++) {
			await quiet(terminal);
			const writes = terminal.writes;
			store.getState().moveSelection('import-snapshot', run % 2 === 0 ? 1 : -1);
			await nextWrite(terminal, writes);
			await quiet(terminal);
			key.push(terminal.lastWriteAt - changedAt);
		}
		return {tasks, frameMs: summarize(frame), applyMs: summarize(apply), keyFrameMs: summarize(key)};
	} finally {
		instance.unmount();
		unsubscribe();
	}
}
