// Every field of one task as label/value lines for the detail view: cutwatch's own reading first (status,
// progress, ETA, stall, times), then the AWS record exactly as the SDK returned it (tags, S3 locations, URLs,
// KMS key, sizes in human units), then the task's own event history. Pure: the view only windows and paints.
import {formatBytes} from '../../format/text.js';
import {formatTime} from '../../format/time.js';
import {unpackRecord} from '../../model/packed-record.js';
import {kindLabels, type Category} from '../../model/task.js';
import type {TaskEvent, TrackedTask} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {percentText} from './gauge.js';
import {stringWidth, wrapText} from '../layout/column-text.js';
import type {Theme, Tone} from '../theme.js';
import {formatClockSeconds, formatMinutes} from '../hooks/units.js';
import {eventSummary} from './event-text.js';

export type DetailLine =
	| {readonly type: 'section'; readonly text: string}
	| {readonly type: 'field'; readonly label: string; readonly value: string; readonly tone?: Tone | Category | undefined};

export type DetailInput = {
	readonly tracked: TrackedTask;
	/** This task's events, oldest first. */
	readonly events: readonly TaskEvent[];
	/** lastSeenAt(state, tracked): when AWS last listed it. */
	readonly lastSeen: number;
	/** selectEta's answer. */
	readonly eta: number | undefined;
	readonly now: number;
};

export type DetailText = {readonly labelWidth: number; readonly lines: readonly DetailLine[]};

const operations = {
	'import-snapshot': 'DescribeImportSnapshotTasks',
	'export-image': 'DescribeExportImageTasks',
	'store-image': 'DescribeStoreImageTasks',
	'discovery-import': 'DescribeImportTasks',
} as const;

function iso(ms: number | undefined): string {
	return ms === undefined || !Number.isFinite(ms) ? '' : formatTime(ms);
}

function when(ms: number | undefined, now: number): string {
	return ms === undefined || !Number.isFinite(ms) ? '' : `${iso(ms)} (${formatMinutes(now - ms)} ago)`;
}

type Pair = [label: string, value: string, tone?: Tone | Category];

function ownFields(input: DetailInput, theme: Pick<Theme, 'symbols'>): Pair[] {
	const {tracked, now, eta, lastSeen} = input;
	const {task} = tracked;
	const started = task.startedAt?.getTime();
	const completed = task.completedAt?.getTime();
	const stalledFor = tracked.stalledSince === undefined ? undefined : now - tracked.lastProgressChangeAt;
	const pairs: Pair[] = [
		['Pane', kindLabels[task.kind]],
		['Id', sanitize(task.id)],
		['Name', sanitize(task.name)],
		[
			'Status',
			`${theme.symbols[task.category]} ${sanitize(task.status)}${sanitize(task.status) === task.category ? '' : ` (${task.category})`}`,
			task.category,
		],
		['Progress', percentText(task.progress)],
		[
			'ETA',
			task.category !== 'active'
				? ''
				: stalledFor !== undefined
					? `stalled: no progress for ${formatMinutes(stalledFor)}`
					: eta === undefined
						? 'not enough history yet'
						: eta < 60_000
							? 'any moment'
							: `~${formatMinutes(eta)} (around ${iso(now + eta)})`,
			stalledFor !== undefined ? 'warn' : undefined,
		],
		['Message', sanitize(task.message ?? ''), task.category === 'failed' ? 'error' : undefined],
		['Records', task.records ? `${task.records.succeeded} imported, ${task.records.failed} failed` : '', (task.records?.failed ?? 0) > 0 ? 'error' : undefined],
		['Error archive', task.kind === 'discovery-import' ? sanitize(unpackRecord(task.raw).errorsAndFailedEntriesZip ?? '') : ''],
		['Account', sanitize(task.account ?? '')],
		['Profile', sanitize(task.profile ?? '')],
		['Region', sanitize(task.region)],
		['Resource', sanitize(task.resourceId ?? '')],
		['Location', sanitize(task.location ?? '')],
		['Started', when(started, now)],
		['Completed', when(completed, now)],
		['First seen', when(tracked.firstSeenAt, now)],
		['Last listed', when(lastSeen, now)],
		['Gone', tracked.goneAt === undefined ? '' : `no longer listed by AWS since ${iso(tracked.goneAt)}`, 'muted'],
		['Progress changed', tracked.history.length > 0 ? when(tracked.lastProgressChangeAt, now) : ''],
	];
	return pairs.filter(([, value]) => value !== '');
}

function scalar(key: string, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (value instanceof Date) return iso(value.getTime());
	if (typeof value === 'number') return /size$/i.test(key) ? `${formatBytes(value)} (${value} bytes)` : String(value);
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'string') return sanitize(value);
	return undefined;
}

function isTagList(value: unknown): value is Array<{Key?: unknown; Value?: unknown}> {
	return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'Key' in item);
}

/** The raw AWS record, nested objects indented under their name; AWS's own field names as labels. */
function rawFields(value: unknown, indent: string, out: Pair[]): void {
	if (typeof value !== 'object' || value === null) return;
	for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
		const label = indent + sanitize(key);
		if (isTagList(child)) {
			out.push([label, child.length === 0 ? '(none)' : '']);
			for (const tag of child) out.push([`${indent}  ${sanitize(tag.Key)}`, sanitize(tag.Value)]);
			continue;
		}
		if (Array.isArray(child)) {
			out.push([label, child.length === 0 ? '(none)' : '']);
			child.forEach((item, index) => {
				const text = scalar(key, item);
				if (text !== undefined) out.push([`${indent}  [${index}]`, text]);
				else rawFields(item, `${indent}  `, out);
			});
			continue;
		}
		const text = scalar(key, child);
		if (text !== undefined) {
			out.push([label, text]);
		} else if (typeof child === 'object' && child !== null) {
			out.push([label, '']);
			rawFields(child, `${indent}  `, out);
		}
	}
}

function fieldLines(pairs: readonly Pair[], width: number, labelWidth: number): DetailLine[] {
	const valueWidth = Math.max(10, width - labelWidth - 1);
	const lines: DetailLine[] = [];
	for (const [label, value, tone] of pairs) {
		const wrapped = value === '' ? [''] : wrapText(value, valueWidth);
		wrapped.forEach((part, index) => lines.push({type: 'field', label: index === 0 ? label : '', value: part, tone}));
	}
	return lines;
}

/** Lines for a view `width` columns wide; labels get the width of the longest (up to 40 % of the view). */
export function detailLines(input: DetailInput, width: number, theme: Pick<Theme, 'symbols' | 'ascii'>): DetailText {
	const {tracked} = input;
	const raw: Pair[] = [];
	rawFields(unpackRecord(tracked.task.raw), '', raw);
	const history: Pair[] = [...input.events].reverse().map((event) => [formatClockSeconds(event.at), eventSummary(event, theme), event.to?.category]);
	if (history.length === 0) history.push(['', 'no events recorded since cutwatch started']);
	const own = ownFields(input, theme);
	const longest = Math.max(...[...own, ...raw].map(([label]) => stringWidth(label)));
	// Two columns of indent before the label, one space after it.
	const labelWidth = Math.min(Math.max(16, longest + 3), Math.floor(width * 0.4));
	return {
		labelWidth,
		lines: [
			{type: 'section', text: 'cutwatch'},
			...fieldLines(own, width, labelWidth),
			{type: 'section', text: ''},
			{type: 'section', text: `AWS record (${operations[tracked.task.kind]})`},
			...fieldLines(raw, width, labelWidth),
			{type: 'section', text: ''},
			{type: 'section', text: 'History (newest first, UTC)'},
			...fieldLines(history, width, labelWidth),
		],
	};
}
