// Bytes down the wire: a 200×50 screen full of tasks drawn from scratch, then one task's progress moving by one
// percent, with Ink's incremental rendering as runTui configures it. Both polls land within one minute and the
// screen's clock is frozen, so nothing but that row can change between the two frames.
import {FakeTerminal, frozenClock, mountTui, nextWrite, quiet} from './terminal.js';
import {minuteStart, rowsOnScreen, screen, visibleRunningTask} from './frame.js';
import {filledStore, keyOf, snapshotCount, snapshotListing} from './screen-store.js';

/** Enough for every pane to be full (the snapshot pane scrolls). */
export const bytesScreenTasks = 1_000;

export type BytesResult = {fullRepaint: number; progressUpdate: number};

export async function measureBytes(): Promise<BytesResult> {
	const store = filledStore(bytesScreenTasks, minuteStart);
	const terminal = new FakeTerminal(screen.columns, screen.rows);
	const instance = mountTui(store, terminal, frozenClock(minuteStart + 30_000));
	try {
		await quiet(terminal);
		// Everything written to draw the screen: alternate screen, the frame, the window title.
		const fullRepaint = terminal.bytes;
		const target = visibleRunningTask(store, rowsOnScreen);
		const base = (i: number) => (i * 7) % 100;
		const listing = snapshotListing(snapshotCount(bytesScreenTasks), (i) => (i === target ? base(i) + 1 : base(i)));
		const before = terminal.bytes;
		const writes = terminal.writes;
		store.getState().pollSucceeded(keyOf['import-snapshot'], listing, minuteStart + 15_000);
		await nextWrite(terminal, writes);
		await quiet(terminal);
		return {fullRepaint, progressUpdate: terminal.bytes - before};
	} finally {
		instance.unmount();
	}
}
