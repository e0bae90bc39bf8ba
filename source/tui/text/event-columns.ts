// The event log's columns: time, what happened, the pane (kind), where (several regions or accounts), the
// task's id in full, its name and the summary. Ids are never cut: when the width cannot hold the longest id
// beside a readable summary, every event takes two lines (time, type, kind, where, summary; then id and name).
import {sanitize} from '../../format/sanitize.js';
import {stringWidth} from '../layout/column-text.js';
import type {TaskEvent} from '../../store/index.js';
import type {LogEntry} from './log-entries.js';

export const timeWidth = 8;
export const typeWidth = 12;
/** `discovery`, the longest pane label. */
export const kindWidth = 9;
/** What a one-line event keeps for its name and summary together, at least. */
const minText = 24;

export type EventColumns = {
	/** Two lines per event: the id (in full) starts the second. */
	readonly twoLines: boolean;
	readonly idWidth: number;
	readonly nameWidth: number;
	/** Columns before the id on a one-line event (cursor, time, type, kind, where, their gaps). */
	readonly lead: number;
};

/** What the id column shows of a task event: a store task is known by its AMI (its name), others by their id. */
export function eventId(event: TaskEvent): string {
	return sanitize(event.kind === 'store-image' ? event.name : event.taskId);
}

/** The widest id and name among the task events given (0 without any): the columns take no more. */
export function longestTexts(entries: readonly LogEntry[]): {readonly id: number; readonly name: number} {
	let id = 0;
	let name = 0;
	for (const entry of entries) {
		if (!('taskId' in entry)) continue;
		id = Math.max(id, stringWidth(eventId(entry)));
		if (entry.kind !== 'store-image') name = Math.max(name, stringWidth(sanitize(entry.name)));
	}
	return {id, name};
}

/** `width`: the frame's inner width; `scopeWidth`: the where column (0 when one region and account). */
export function eventColumns(width: number, widest: {readonly id: number; readonly name: number}, scopeWidth: number): EventColumns {
	const idWidth = widest.id;
	const lead = 1 + timeWidth + 1 + typeWidth + 1 + kindWidth + 1 + (scopeWidth > 0 ? scopeWidth + 1 : 0);
	const rest = width - lead - idWidth - 1;
	if (rest >= minText) return {twoLines: false, idWidth, nameWidth: Math.min(widest.name, 32, Math.max(8, Math.floor(rest / 3))), lead};
	// The second line: two columns of indent, the id, and the name in what is left.
	return {twoLines: true, idWidth, nameWidth: Math.max(0, width - 2 - idWidth - 1), lead};
}
