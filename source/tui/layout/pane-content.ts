// What a pane's rows need of the screen, pure: how wide the ids and names on screen are (columns are sized
// by them), how many lines each row takes (a failure's long reason wraps), which window of rows fits in a
// number of lines with the selection kept in view, and what a pane asks of a stacked layout.
import type {TrackedTask} from '../../store/index.js';
import type {ContentWidths, RowColumns} from './layout.js';
import {displayId, displayName, rowLineCount} from './row-cells.js';
import {stringWidth} from './column-text.js';

/** The widest id and name among rows[from, from + count): the rows that can be on screen. */
export function contentWidths(rows: readonly TrackedTask[], from: number, count: number): ContentWidths {
	let id = 0;
	let name = 0;
	const end = Math.min(rows.length, from + count);
	for (let index = Math.max(0, from); index < end; index++) {
		const tracked = rows[index]!;
		id = Math.max(id, stringWidth(displayId(tracked)));
		name = Math.max(name, stringWidth(displayName(tracked)));
	}
	return {id, name};
}

export type RowWindow = {readonly offset: number; readonly count: number};

/**
 * The rows shown in `room` lines: from `previous` (moving as little as possible) so that `selected` is whole
 * on screen, and never leaving blank lines at the end while earlier rows are scrolled off.
 */
export function lineWindow(previous: number, selected: number, total: number, room: number, linesOf: (index: number) => number): RowWindow {
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
	if (selected >= 0 && selected < offset) offset = selected;
	if (selected >= 0 && selected >= offset + fits(offset).count) {
		// Selected row last on screen: walk back from it while the rows still fit.
		let used = linesOf(selected);
		offset = selected;
		while (offset > 0 && used + linesOf(offset - 1) <= room) used += linesOf(--offset);
	}
	// Scrolled past the end: pull earlier rows back in rather than show blank lines.
	let {used} = fits(offset);
	while (offset > 0 && fits(offset).count === total - offset && used + linesOf(offset - 1) <= room) used += linesOf(--offset);
	return {offset, count: Math.max(1, fits(offset).count)};
}

/** A row as the stacked layout sees it: its lines, and whether it is a failure (0), active (1) or finished (2). */
export type RowNeed = {readonly lines: number; readonly tier: 0 | 1 | 2};

/** The first `limit` rows of a pane (more can never be on screen), in the order the pane shows them. */
export function rowNeeds(rows: readonly TrackedTask[], columns: RowColumns, limit: number): RowNeed[] {
	const needs: RowNeed[] = [];
	for (let index = 0; index < Math.min(rows.length, limit); index++) {
		const tracked = rows[index]!;
		const {category} = tracked.task;
		const gone = tracked.goneAt !== undefined;
		needs.push({lines: rowLineCount(tracked, columns), tier: gone ? 2 : category === 'failed' ? 0 : category === 'active' || category === 'unknown' ? 1 : 2});
	}
	return needs;
}
