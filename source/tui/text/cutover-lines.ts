// The cutover view's content, from the store's history only (no AWS call): active tasks over time (the
// burndown) in total and per pane, completed and failed over time, snapshot import throughput in GiB/h, and
// the timeline of tasks (failures first). Pure: data and size in, lines out; the view windows and paints.
import {
	clockLocal,
	clockUtc,
	processZone,
	stepChart,
	timelineBars,
	timelineOrder,
	type StepPoint,
	type TimelineBar,
	type TimeZone,
} from '../../charts/index.js';
import {kindLabels, type TaskKind} from '../../model/task.js';
import type {CutwatchData, SessionSample} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {stringWidth} from '../layout/column-text.js';

export type CutoverLine = {readonly type: 'section' | 'chart' | 'text'; readonly text: string; readonly tone?: 'failed' | undefined};

export type CutoverInput = {
	readonly tasks: CutwatchData['tasks'];
	readonly history: readonly SessionSample[];
	readonly kinds: readonly TaskKind[];
	readonly now: number;
	readonly width: number;
	readonly ascii: boolean;
	readonly zone?: TimeZone;
};

const gib = 1024 ** 3;

function series(history: readonly SessionSample[], value: (sample: SessionSample) => number): StepPoint[] {
	return history.map((sample) => ({at: sample.at, value: value(sample)}));
}

/** GiB/h between consecutive samples at least two minutes apart (shorter spans are noise at 15 s polls). */
export function throughput(history: readonly SessionSample[]): StepPoint[] {
	const points: StepPoint[] = [];
	// From the first listing of the imports on: before it, their bytes (mostly moved before cutwatch started)
	// are not yet counted, and counting them would read as a burst.
	const start = history.findIndex((sample) => Object.values(sample.panes['import-snapshot'] ?? {}).some((n) => n > 0));
	if (start === -1) return points;
	let ref = history[start];
	for (const sample of history.slice(start + 1)) {
		if (ref === undefined || sample.at - ref.at < 2 * 60_000) continue;
		const bytes = Math.max(0, sample.importedBytes - ref.importedBytes);
		points.push({at: ref.at, value: bytes / gib / ((sample.at - ref.at) / 3_600_000)});
		ref = sample;
	}
	return points;
}

/** Bars for the tasks that ran while cutwatch watched; `over` counts those already over when first seen. */
export function timelineOfTasks(tasks: CutwatchData['tasks'], kinds: readonly TaskKind[]): {bars: TimelineBar[]; over: number} {
	const bars: TimelineBar[] = [];
	let over = 0;
	for (const kind of kinds) {
		for (const tracked of tasks[kind].values()) {
			const {task} = tracked;
			if (tracked.endedAt !== undefined && tracked.endedAt <= tracked.firstSeenAt) {
				over++;
				continue;
			}
			const outcome = task.category === 'active' && tracked.goneAt !== undefined ? 'unknown' : task.category;
			bars.push({
				label: sanitize(task.name === '' || task.name === task.id ? task.id : `${task.id} ${task.name}`),
				start: Math.min(task.startedAt?.getTime() ?? tracked.firstSeenAt, tracked.firstSeenAt),
				end: outcome === 'active' ? undefined : (tracked.endedAt ?? task.completedAt?.getTime() ?? tracked.goneAt ?? tracked.lastSeenAt),
				outcome,
			});
		}
	}
	return {bars: timelineOrder(bars), over};
}

function cut(text: string, width: number): string {
	if (stringWidth(text) <= width) return text + ' '.repeat(width - stringWidth(text));
	return `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`;
}

export function cutoverLines(input: CutoverInput): CutoverLine[] {
	const {history, now, width, ascii} = input;
	const zone = input.zone ?? processZone;
	const first = history[0];
	if (first === undefined) return [{type: 'text', text: 'No poll has answered yet: nothing to draw.'}];
	const from = first.at;
	const lines: CutoverLine[] = [];
	const chart = (text: readonly string[]) => text.forEach((line) => lines.push({type: 'chart', text: line}));
	const total = (sample: SessionSample, field: 'active' | 'completed' | 'failed') => input.kinds.reduce((sum, kind) => sum + sample.panes[kind][field], 0);
	const last = history.at(-1)!;

	lines.push({
		type: 'section',
		text: `Since ${clockUtc(from)} UTC (${clockLocal(from, zone)} local): ${total(last, 'active')} active, ${total(last, 'completed')} completed, ${total(last, 'failed')} failed`,
	});
	lines.push({type: 'section', text: 'Active tasks (burndown), all panes'});
	chart(stepChart({points: series(history, (s) => total(s, 'active')), from, to: now, width, height: 5, ascii, zone}));
	const labelWidth = Math.max(...input.kinds.map((kind) => stringWidth(kindLabels[kind]))) + 1;
	for (const kind of input.kinds) {
		const now_ = last.panes[kind];
		const tail = ` ${now_.active} active, ${now_.completed} done, ${now_.failed} failed`;
		const spark = stepChart({
			points: series(history, (s) => s.panes[kind].active),
			from,
			to: now,
			width: Math.max(12, width - labelWidth - stringWidth(tail)),
			height: 1,
			ascii,
			zone,
			axisLabels: false,
		});
		lines.push({type: 'chart', text: `${cut(kindLabels[kind], labelWidth)}${spark[0] ?? ''}${tail}`, tone: now_.failed > 0 ? 'failed' : undefined});
	}
	lines.push({type: 'section', text: 'Completed over time'});
	chart(stepChart({points: series(history, (s) => total(s, 'completed')), from, to: now, width, height: 3, ascii, zone, axisLabels: false}));
	lines.push({type: 'section', text: 'Failed over time'});
	chart(stepChart({points: series(history, (s) => total(s, 'failed')), from, to: now, width, height: 3, ascii, zone, axisLabels: false}));
	if (input.kinds.includes('import-snapshot')) {
		const rate = throughput(history);
		lines.push({type: 'section', text: 'Snapshot import throughput (GiB/h, from DiskImageSize × progress)'});
		if (rate.length === 0) lines.push({type: 'text', text: 'not enough history yet (two minutes of polls)'});
		else chart(stepChart({points: rate, from, to: now, width, height: 4, ascii, zone, format: (v) => v.toFixed(1)}));
	}

	// The axis is the session: what was already over when cutwatch first listed it is counted, not drawn.
	const {bars, over} = timelineOfTasks(input.tasks, input.kinds);
	const legend = `${ascii ? 'x' : '✗'} failed, ${ascii ? '/' : '⊘'} cancelled, ${ascii ? '>' : '▶'} running`;
	lines.push({
		type: 'section',
		text: `Timeline: ${bars.length} task${bars.length === 1 ? '' : 's'}, failures first (${legend})${over > 0 ? `; ${over} already over when first seen` : ''}`,
	});
	const label = Math.min(34, Math.floor(width * 0.35));
	const barWidth = Math.max(8, width - label - 1);
	const drawn = timelineBars({bars, from, to: now, width: barWidth, ascii});
	bars.forEach((bar, i) => lines.push({type: 'chart', text: `${cut(bar.label, label)} ${drawn[i]!}`, tone: bar.outcome === 'failed' ? 'failed' : undefined}));
	return lines;
}
