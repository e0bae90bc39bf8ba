// The failures view's text (`!`): the failing sources (denied, throttled, no home region...) first, then every
// failed task of every pane, newest first, each with its whole reason wrapped. Pure: lines and, per entry (a
// source or a task the cursor can stand on), the lines it spans, so the view only windows and paints.
import {effectivePhase, failedAt, scopeLabel, type ScopeColumn, type SourceState, type TrackedTask} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {wrapText} from '../layout/column-text.js';
import {displayId, displayName} from '../layout/row-cells.js';
import type {Tone} from '../theme.js';
import {formatClock, formatClockSeconds} from '../hooks/units.js';
import {eventKindLabel} from './event-text.js';

export type FailureEntry = {readonly type: 'source'; readonly source: SourceState} | {readonly type: 'task'; readonly tracked: TrackedTask};

export type FailureLine = {
	readonly text: string;
	readonly tone?: Tone | undefined;
	readonly section?: boolean;
	/** The entry this line belongs to (its first line carries the cursor). */
	readonly entry?: number;
	readonly first?: boolean;
};

export type FailureText = {
	readonly lines: readonly FailureLine[];
	/** Per entry: the lines it spans, [start, end), together every line: an entry that starts a section has its heading. */
	readonly spans: ReadonlyArray<readonly [start: number, end: number]>;
};

export function failureEntries(problems: readonly SourceState[], failed: readonly TrackedTask[]): FailureEntry[] {
	return [...problems.map((source) => ({type: 'source' as const, source})), ...failed.map((tracked) => ({type: 'task' as const, tracked}))];
}

const indent = '    ';
const kindWidth = 9;

function where(scope: ScopeColumn, of: {account?: string | undefined; region: string}, wide: boolean): string {
	if (scope.parts === 'none') return '';
	return `${sanitize(scopeLabel(of, scope.parts, !wide))} `;
}

/** `text` wrapped to `width` after a 4-column indent, every line tagged with its entry. */
function body(text: string, width: number, entry: number, tone?: Tone): FailureLine[] {
	return wrapText(text, Math.max(8, width - indent.length)).map((line) => ({text: `${indent}${line}`, tone, entry}));
}

/** A head line (time, pane, scope, id, name), wrapped when it must be: nothing of it is ever cut. */
function head(text: string, width: number, entry: number, tone?: Tone): FailureLine[] {
	return wrapText(text, Math.max(8, width - 1)).map((line, index) => ({text: ` ${index === 0 ? '' : '  '}${line}`, tone, entry, first: index === 0}));
}

function sourceEntry(source: SourceState, entry: number, width: number, scope: ScopeColumn): FailureLine[] {
	const phase = effectivePhase(source);
	const error = source.lastError!;
	const wide = width >= 100;
	const code = sanitize(error.code);
	const attempts = source.consecutiveFailures > 1 ? ` (${source.consecutiveFailures} attempts in a row)` : '';
	const lines = head(`${eventKindLabel(source.kind, true).padEnd(kindWidth)} ${where(scope, source, wide)}${phase} ${code}${attempts}`, width, entry, 'error');
	lines.push(...body(sanitize(error.hint), width, entry, 'warn'));
	const message = sanitize(error.message);
	if (message !== '' && message !== code) lines.push(...body(`${error.local ? 'detail' : 'AWS says'}: ${message}`, width, entry));
	if (source.staleSince !== undefined)
		lines.push(...body(`stale since ${formatClock(source.staleSince)} UTC: its rows are the last good data`, width, entry, 'muted'));
	return lines;
}

/** The whole failure reason as the row shows it: AWS's message, else its status. */
export function failureReason(tracked: TrackedTask): string {
	const {task} = tracked;
	return sanitize(task.message ?? '') || sanitize(task.status);
}

function taskEntry(tracked: TrackedTask, entry: number, width: number, scope: ScopeColumn): FailureLine[] {
	const {task} = tracked;
	const wide = width >= 100;
	const name = displayName(tracked);
	const gone = tracked.goneAt === undefined ? '' : ' (gone: AWS no longer lists it)';
	// First listed already failed, and AWS gave no end time: cutwatch knows only that it had failed by then.
	const known = task.completedAt !== undefined || tracked.endedAt !== tracked.firstSeenAt;
	const text = `${known ? '' : 'by '}${formatClockSeconds(failedAt(tracked))} ${eventKindLabel(task.kind, true).padEnd(kindWidth)} ${where(scope, task, wide)}${displayId(tracked)}${name === '' ? '' : `  ${name}`}${gone}`;
	return [...head(text, width, entry), ...body(failureReason(tracked), width, entry, 'error')];
}

/** Every line of the view at `width` (the frame's inner width), and the lines each entry spans. */
export function failureLines(entries: readonly FailureEntry[], width: number, scope: ScopeColumn): FailureText {
	const lines: FailureLine[] = [];
	const spans: Array<readonly [number, number]> = [];
	const sources = entries.filter((entry) => entry.type === 'source').length;
	const tasks = entries.length - sources;
	const section = (text: string) => lines.push({text, section: true});
	section(sources === 0 ? ' No source is failing' : ` Sources failing (${sources})`);
	entries.forEach((entry, index) => {
		if (entry.type === 'task' && index === sources) {
			lines.push({text: ''});
			section(` Failed tasks, newest first (${tasks})`);
		}
		const start = index === 0 ? 0 : index === sources ? lines.length - 2 : lines.length;
		lines.push(...(entry.type === 'source' ? sourceEntry(entry.source, index, width, scope) : taskEntry(entry.tracked, index, width, scope)));
		spans.push([start, lines.length]);
	});
	if (tasks === 0) {
		lines.push({text: ''});
		section(' No failed tasks');
		if (spans.length > 0) spans[spans.length - 1] = [spans[spans.length - 1]![0], lines.length];
	}
	return {lines, spans};
}

export const failuresTitle = 'Failures, newest first, UTC';
