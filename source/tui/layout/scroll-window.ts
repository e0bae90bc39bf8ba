// The one scroll window every scrolled thing on screen uses, pure: which rows of a list fit in a number of
// lines (rows may take more than one: a failure's reason wraps), moving as little as possible from where
// the window was so that a cursor stays whole on screen; and how far a key may scroll a view.

export type ScrollWindow = {
	/** The first row on screen. */
	readonly offset: number;
	/** Rows on screen from `offset` (at least 1 while there are rows and room). */
	readonly count: number;
};

export type WindowSpec = {
	/** Where the window was (its offset at the last render), or the scroll position a view was asked for. */
	readonly previous: number;
	/** The row to keep whole on screen; -1 for none (the window then stays at `previous`, within bounds). */
	readonly cursor: number;
	readonly total: number;
	/** Lines the window has. */
	readonly room: number;
	/** Lines row `index` takes; one each unless given. */
	readonly linesOf?: (index: number) => number;
};

const oneLine = () => 1;

/**
 * The rows shown in `room` lines: from `previous` (moving as little as possible) so that `cursor` is whole
 * on screen, and never leaving blank lines at the end while earlier rows are scrolled off.
 */
export function scrollWindow({previous, cursor, total, room, linesOf = oneLine}: WindowSpec): ScrollWindow {
	if (total <= 0 || room <= 0) return {offset: 0, count: 0};
	const fits = (from: number) => {
		let used = 0;
		let count = 0;
		for (let index = from; index < total && used + linesOf(index) <= room; index++) {
			used += linesOf(index);
			count++;
		}
		return {count, used};
	};
	let offset = Math.min(Math.max(0, previous), total - 1);
	if (cursor >= 0 && cursor < offset) offset = cursor;
	if (cursor >= 0 && cursor >= offset + fits(offset).count) {
		// Cursor row last on screen: walk back from it while the rows still fit.
		let used = linesOf(cursor);
		offset = cursor;
		while (offset > 0 && used + linesOf(offset - 1) <= room) used += linesOf(--offset);
	}
	// Scrolled past the end: pull earlier rows back in rather than show blank lines.
	let {used} = fits(offset);
	while (offset > 0 && fits(offset).count === total - offset && used + linesOf(offset - 1) <= room) used += linesOf(--offset);
	return {offset, count: Math.max(1, fits(offset).count)};
}

/**
 * The furthest a key can scroll a view of one-line rows: for a view that moves a cursor, its last row; for
 * one that moves its window, the offset that shows the last line at the bottom.
 */
export function scrollExtent(total: number, room: number, moves: 'cursor' | 'window'): number {
	return Math.max(0, moves === 'cursor' ? total - 1 : total - Math.max(0, room));
}

/** A scroll key's effect: `by` lines (±Infinity: the ends) from `position`, kept within 0..max. */
export function scrollBy(position: number, by: number, max: number): number {
	const limit = Math.max(0, max);
	return Math.min(limit, Math.max(0, Math.min(position, limit) + by));
}
