// The text of one task row, cell by cell, each exactly its column's width. Pure, so what a row says (ids,
// badges, gauges, ETA or "stalled", failure reasons, Discovery record counts) is unit-tested without Ink.
import type {Category} from '../../model/task.js';
import {displayId as taskDisplayId} from '../../model/display-id.js';
import {rowCategory, scopeLabel, type TrackedTask} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {gaugeParts, percentText} from '../text/gauge.js';
import type {RowColumns} from './layout.js';
import {cell, cellRight, stringWidth, wrapText} from './column-text.js';
import type {Theme, Tone} from '../theme.js';
import {formatMinutes} from '../hooks/units.js';

export type RowCells = {
	readonly category: Category;
	readonly gone: boolean;
	/** Region/account ('' when the column is not shown). */
	readonly scope: string;
	readonly id: string;
	readonly name: string;
	readonly badge: string;
	/** Gauge, percent and ETA, or, for a failed task, `reason` across all three. */
	readonly gaugeFilled: string;
	readonly gaugeEmpty: string;
	readonly percent: string;
	readonly eta: string;
	readonly etaTone?: Tone | undefined;
	/** The failure reason (failed tasks: up to the row's end) or Discovery's record counts and elapsed time. */
	readonly reason?: string | undefined;
	readonly reasonTone?: Tone | undefined;
	/** A failure's reason that did not fit on the row: its second line, from reasonMoreAt to the row's end ('' when none). */
	readonly reasonMore: string;
	readonly age: string;
	/** AWS's status message in the message column ('' when the row has none or it is the reason). */
	readonly message: string;
};

/** What the id column shows (model/display-id.ts: store tasks by their AMI), sanitised. */
export function displayId(tracked: TrackedTask): string {
	return sanitize(taskDisplayId(tracked.task));
}

/** What the name column shows: the name, or, when that is just the id again, where the task writes. */
export function displayName(tracked: TrackedTask): string {
	const {task} = tracked;
	const name = sanitize(task.name);
	const id = displayId(tracked);
	return name === '' || name === id ? sanitize(task.location ?? task.resourceId ?? '') : name;
}

/** The row's category comes from rowCategory, the selector the pane counts use, so title and rows agree. */
export function badgeText(tracked: TrackedTask, theme: Pick<Theme, 'symbols' | 'goneSymbol'>): string {
	const {task} = tracked;
	if (rowCategory(tracked) === 'gone') return `${theme.goneSymbol} gone`;
	const status = sanitize(task.status);
	return `${theme.symbols[task.category]} ${status === '' ? task.category : status}`;
}

/** Where a failure's reason starts on the row (it runs to the row's end), and how wide it is. */
export function reasonAt(columns: RowColumns): number {
	return columns.cursor + (columns.scope > 0 ? columns.scope + 1 : 0) + columns.id + 1 + columns.name + 1 + columns.badge + 1;
}

export function reasonWidth(columns: RowColumns): number {
	return Math.max(0, columns.width - reasonAt(columns));
}

/** Where a long reason's second line starts: near the row's left edge, indented, so it carries as much as it can. */
export function reasonMoreAt(columns: RowColumns): number {
	return Math.min(reasonAt(columns), columns.cursor + 2);
}

/**
 * `text` in exactly `width` columns; when it is longer, as much of it as fits (cut at a space where it can),
 * then `… +N more`: how many characters are hidden (Enter, `m` and `!` show them all).
 */
export function squeezeReason(text: string, width: number, theme: Pick<Theme, 'ascii' | 'ellipsis'>): string {
	if (stringWidth(text) <= width) return cell(text, width, theme);
	// Room for the count at its widest (no more digits than the text has characters), so one pass is exact.
	const room = width - stringWidth(` ${theme.ellipsis} +${[...text].length} more`);
	if (room <= 0) return cell(text, width, theme);
	const shown = wrapText(text, room)[0] ?? '';
	const hidden = [...text.slice(shown.length).trimStart()].length;
	return cell(`${shown} ${theme.ellipsis} +${hidden} more`, width, theme);
}

function failureText(tracked: TrackedTask, stale: boolean): string {
	return (stale ? 'stale · ' : '') + sanitize(tracked.task.message ?? tracked.task.status);
}

/** Lines the row takes: a failed task whose reason does not fit on one line wraps onto a second. */
export function rowLineCount(tracked: TrackedTask, columns: RowColumns, stale = false): 1 | 2 {
	if (tracked.task.category !== 'failed' || tracked.goneAt !== undefined) return 1;
	return stringWidth(failureText(tracked, stale)) > reasonWidth(columns) ? 2 : 1;
}

/** `eta` is selectEta's answer (ms left), passed in so the row stays a pure function of its inputs. */
export function rowCells(
	tracked: TrackedTask,
	columns: RowColumns,
	theme: Pick<Theme, 'ascii' | 'ellipsis' | 'symbols' | 'goneSymbol' | 'gaugeFull' | 'gaugeEmpty'>,
	now: number,
	eta: number | undefined,
	/** Its source is failing, so the row is last good data: it says "stale" where the ETA goes. */
	stale = false,
	/** --deadline (epoch ms): a task projected past it says so where its ETA goes (`!1h 05m`, in red). */
	deadline?: number,
	/** Only one line is left for it on screen: a long reason is cut on this line and says how much is hidden. */
	oneLine = false,
): RowCells {
	const {task} = tracked;
	const gone = tracked.goneAt !== undefined;
	const started = task.startedAt?.getTime();
	const since = started !== undefined && Number.isFinite(started) ? started : tracked.firstSeenAt;
	const spanWidth = columns.gauge + 1 + columns.percent + (columns.eta > 0 ? 1 + columns.eta : 0);
	// Imports and exports carry no start time: their age is how long cutwatch has seen them (the SEEN column).
	const aged =
		started !== undefined && Number.isFinite(started)
			? started
			: task.kind === 'import-snapshot' || task.kind === 'export-image'
				? tracked.firstSeenAt
				: undefined;
	const base = {
		reasonMore: '',
		message: columns.message > 0 ? cell(sanitize(task.message ?? ''), columns.message, theme) : '',
		category: task.category,
		gone,
		scope: columns.scope > 0 ? cell(sanitize(scopeLabel(task, columns.scopeParts, columns.scopeCompact)), columns.scope, theme) : '',
		id: cell(displayId(tracked), columns.id, theme, 'middle'),
		name: cell(displayName(tracked), columns.name, theme),
		badge: cell(badgeText(tracked, theme), columns.badge, theme),
		age: columns.age > 0 ? cellRight(aged !== undefined ? formatMinutes(now - aged) : '', columns.age, theme) : '',
	};
	const blank = {gaugeFilled: '', gaugeEmpty: '', percent: '', eta: ''};

	if (task.category === 'failed') {
		// The reason is what matters about a failed task: it takes the age and message columns too.
		const width = reasonWidth(columns);
		const reason = failureText(tracked, stale);
		// Gone, it is history: what it was, muted, so it no longer reads as a failure to act on now.
		if (gone) return {...base, ...blank, age: '', message: '', reason: cell(`was failed: ${reason}`, width, theme), reasonTone: 'muted'};
		if (stringWidth(reason) <= width) return {...base, ...blank, age: '', message: '', reason: cell(reason, width, theme), reasonTone: 'error'};
		if (oneLine) return {...base, ...blank, age: '', message: '', reason: squeezeReason(reason, width, theme), reasonTone: 'error'};
		// Too long for the row: wrap it onto a second line that starts further left; what a third would hold is
		// counted at its end instead.
		const first = wrapText(reason, width)[0] ?? '';
		const more = squeezeReason(reason.slice(first.length).trimStart(), columns.width - reasonMoreAt(columns), theme);
		return {...base, ...blank, age: '', message: '', reason: cell(first, width, theme), reasonMore: more, reasonTone: 'error'};
	}

	if (task.kind === 'discovery-import') {
		// Discovery reports no percentage: record counts so far, and how long the import has taken.
		const records = task.records ? `${task.records.succeeded} ok ${task.records.failed} fail` : task.category === 'active' ? 'importing' : '';
		const ended = task.completedAt?.getTime();
		const elapsed = formatMinutes((ended !== undefined && Number.isFinite(ended) ? ended : now) - since);
		const recordsWidth = columns.gauge + 1 + columns.percent;
		const reason = cell(records, recordsWidth, theme) + (columns.eta > 0 ? ' ' + cellRight(stale ? 'stale' : elapsed, columns.eta, theme) : '');
		return {...base, ...blank, reason, reasonTone: (task.records?.failed ?? 0) > 0 ? 'error' : undefined};
	}

	const progress = task.progress ?? (task.category === 'completed' ? 100 : undefined);
	const {filled, empty} = gaugeParts(progress, columns.gauge, theme);
	let etaText = '';
	let etaTone: Tone | undefined;
	if (stale) {
		etaText = 'stale';
		etaTone = 'warn';
	} else if (gone) {
		// A gone row says so in its status column.
		etaText = '';
	} else if (tracked.stalledSince !== undefined) {
		etaText = 'stalled';
		etaTone = 'warn';
	} else if (eta !== undefined && eta <= 0) {
		// The estimate has passed and the task is still running: say what is known, how long nothing moved.
		const text = `${percentText(progress)} no progress for ${formatMinutes(now - tracked.lastProgressChangeAt)}`;
		return {...base, ...blank, reason: cell(text, spanWidth, theme), reasonTone: 'warn'};
	} else if (eta !== undefined && deadline !== undefined && now + eta > deadline) {
		etaText = `!${formatMinutes(eta)}`;
		etaTone = 'error';
	} else if (eta !== undefined) {
		etaText = eta < 60_000 ? 'soon' : `~${formatMinutes(eta)}`;
	}
	return {
		...base,
		gaugeFilled: filled,
		gaugeEmpty: empty,
		percent: cellRight(percentText(progress), columns.percent, theme),
		eta: columns.eta > 0 ? cellRight(etaText, columns.eta, theme) : '',
		etaTone,
	};
}
