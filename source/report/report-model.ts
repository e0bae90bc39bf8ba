// What the report says, built from the log's events alone: one row per task (first seen, finished, duration,
// outcome, reason), totals per kind, throughput, and notes on the file itself (cut mid-line, several runs,
// record types skipped). Strings stay raw here; each output format escapes them for its own syntax.
import {kindLabels, taskKinds, type Category, type TaskKind} from '../model/task.js';
import type {TimelineBar} from '../charts/index.js';
import {sanitize} from '../format/sanitize.js';
import {readLog, readLogLines, type LogEvent, type LogLine, type LogReading} from './read-log.js';

export type ReportTask = {
	readonly kind: TaskKind;
	readonly account: string;
	readonly region: string;
	readonly id: string;
	readonly name: string;
	readonly firstSeen: number;
	/** Already present when cutwatch first listed it: it started before the log did. */
	readonly listedAtStart: boolean;
	/** When the log saw it end; undefined while it was still running at the log's end. */
	readonly finished?: number | undefined;
	/** Finished before cutwatch first saw it (listed already over): the end time is not known. */
	readonly endedBeforeLog: boolean;
	readonly outcome: Category;
	readonly reason?: string | undefined;
	readonly stalls: number;
};

export type KindTotals = Readonly<Record<Category | 'total', number>>;

export type ReportModel = {
	readonly file: string;
	readonly reading: LogReading;
	/** Failures first, then by first seen. */
	readonly tasks: readonly ReportTask[];
	readonly totals: ReadonlyMap<TaskKind, KindTotals>;
	readonly from?: number | undefined;
	readonly to?: number | undefined;
	/** Tasks that finished (any outcome) inside the log, per hour of the log's span. */
	readonly finishedPerHour?: number | undefined;
	/** Plain-language facts about the file a reader must know before trusting the numbers. */
	readonly notes: readonly string[];
};

type Draft = {-readonly [K in keyof ReportTask]: ReportTask[K]};

const terminal = new Set<Category>(['completed', 'failed', 'cancelled']);

function apply(tasks: Map<string, Draft>, event: LogEvent) {
	const key = `${event.kind}|${event.account}|${event.region}|${event.id}`;
	let task = tasks.get(key);
	if (!task) {
		const outcome = event.to ?? 'unknown';
		task = {
			kind: event.kind,
			account: sanitize(event.account),
			region: sanitize(event.region),
			id: sanitize(event.id),
			name: sanitize(event.name),
			firstSeen: event.at,
			listedAtStart: event.initial,
			finished: undefined,
			endedBeforeLog: event.initial && terminal.has(outcome),
			outcome,
			reason: undefined,
			stalls: 0,
		};
		tasks.set(key, task);
	}
	if (event.name !== '') task.name = sanitize(event.name);
	if (event.type === 'stalled') task.stalls++;
	const to = event.to;
	if (to === undefined || event.type === 'gone') return;
	if (terminal.has(to) && !terminal.has(task.outcome) && !task.endedBeforeLog) task.finished = event.at;
	if (to === 'active') task.finished = undefined;
	task.outcome = to;
	if (to === 'failed' || to === 'cancelled') task.reason = event.message === undefined ? task.reason : sanitize(event.message);
}

/** From the log's text (tests) or its lines as read from disk (the command). */
export function buildReport(file: string, log: string | Iterable<LogLine>): ReportModel {
	const drafts = new Map<string, Draft>();
	const onEvent = (event: LogEvent) => apply(drafts, event);
	const reading = typeof log === 'string' ? readLog(log, onEvent) : readLogLines(log, onEvent);
	const rank = (task: ReportTask) => (task.outcome === 'failed' ? 0 : 1);
	const tasks = [...drafts.values()].sort((a, b) => rank(a) - rank(b) || a.firstSeen - b.firstSeen || a.id.localeCompare(b.id));

	const totals = new Map<TaskKind, KindTotals>();
	for (const kind of taskKinds) {
		const mine = tasks.filter((task) => task.kind === kind);
		if (mine.length === 0) continue;
		const sum = {active: 0, completed: 0, failed: 0, cancelled: 0, unknown: 0, total: mine.length};
		for (const task of mine) sum[task.outcome]++;
		totals.set(kind, sum);
	}

	const {first: from, last: to} = reading;
	const finished = tasks.filter((task) => task.finished !== undefined).length;
	const hours = from !== undefined && to !== undefined ? (to - from) / 3_600_000 : 0;
	return {
		file,
		reading,
		tasks,
		totals,
		from,
		to,
		finishedPerHour: hours > 0 ? finished / hours : undefined,
		notes: notesOf(reading),
	};
}

function notesOf(reading: LogReading): string[] {
	const notes: string[] = [];
	if (reading.events === 0) notes.push('The log holds no task events: nothing to report.');
	if (reading.cutMidLine) notes.push('The log ends in the middle of a line (cutwatch was killed or crashed while writing); that last partial line is skipped.');
	if (reading.runs > 1)
		notes.push(
			`The log spans ${reading.runs} runs of cutwatch; gaps between them were not watched, so a task that ended during a gap is dated by the next run.`,
		);
	if (reading.malformed > 0)
		notes.push(`${reading.malformed} line${reading.malformed === 1 ? ' is' : 's are'} not JSON and ${reading.malformed === 1 ? 'was' : 'were'} skipped.`);
	if (reading.ignored.size > 0) {
		const parts = [...reading.ignored].map(([type, n]) => `${sanitize(type)} ×${n}`);
		notes.push(`Records this version does not read were skipped: ${parts.join(', ')}.`);
	}
	return notes;
}

/**
 * The timeline both formats draw: one bar per task from first seen to its end (or the log's end). Tasks
 * already over when first listed have no span in the log: they are in the table, counted here, not drawn.
 */
export function timelineOf(model: ReportModel): {bars: TimelineBar[]; over: number} {
	const drawn = model.tasks.filter((task) => !task.endedBeforeLog);
	const bars = drawn.map((task) => ({
		label: task.name === '' || task.name === task.id ? task.id : `${task.id} ${task.name}`,
		start: task.firstSeen,
		end: task.finished,
		outcome: task.outcome,
	}));
	return {bars, over: model.tasks.length - drawn.length};
}

export function kindLabel(kind: TaskKind): string {
	return kindLabels[kind];
}

/** "1h 05m", or "" when unknown. */
export function durationOf(task: ReportTask): number | undefined {
	if (task.finished === undefined || task.endedBeforeLog) return undefined;
	return task.finished - task.firstSeen;
}
