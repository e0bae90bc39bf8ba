// What a pane's rows need of the screen, pure: how wide the ids and names on screen are (columns are sized
// by them), how many lines each row takes (a failure's long reason wraps), and what a pane asks of a stacked
// layout. Which rows fit in the pane's lines is the shared scroll window (scroll-window.ts).
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
