// A task's progress over time, from its history of change points: the line it has drawn so far, flat while
// nothing moved (a stall shows as a long flat stretch, marked where it was judged stalled), a mark where it
// failed, and, while it runs, the ETA band as two dotted projections to 100 %.
import {createCanvas} from './canvas.js';
import {stalledMark} from '../format/category-marks.js';
import {timeAxis, type TimeZone} from './time-axis.js';

export type ProgressPoint = {readonly at: number; readonly progress: number};

export type ProgressChartInput = {
	readonly samples: readonly ProgressPoint[];
	/** Right edge of what has been observed: now while active, the end when it ended. */
	readonly until: number;
	readonly stalledSince?: number | undefined;
	readonly failedAt?: number | undefined;
	/** Earliest and latest plausible completion times, drawn as dotted projections. */
	readonly etaBand?: readonly [number, number] | undefined;
	readonly width: number;
	/** Rows of plot (the axis and its two label lines come on top of these). */
	readonly height: number;
	readonly ascii: boolean;
	readonly zone: TimeZone;
};

const labelWidth = 5;

/** Lines of text, `width` columns each; empty when there is nothing to draw or no room. */
export function progressChart(input: ProgressChartInput): string[] {
	const {samples, ascii} = input;
	const first = samples[0];
	const cols = input.width - labelWidth;
	if (first === undefined || cols < 8 || input.height < 2) return [];
	const last = samples.at(-1)!;
	const from = first.at;
	const end = Math.max(input.until, last.at, input.failedAt ?? 0);
	const band = input.failedAt === undefined ? input.etaBand : undefined;
	const to = Math.max(end, band?.[1] ?? 0, from + 60_000);
	const canvas = createCanvas(cols, input.height, ascii);
	const x = (at: number) => ((at - from) / (to - from)) * (canvas.width - 1);
	const y = (progress: number) => (1 - Math.min(100, Math.max(0, progress)) / 100) * (canvas.height - 1);
	const col = (at: number) => Math.min(cols - 1, Math.floor(x(at) / (canvas.width / cols)));
	const row = (progress: number) => Math.min(input.height - 1, Math.floor(y(progress) / (canvas.height / input.height)));

	for (let i = 1; i < samples.length; i++) {
		const a = samples[i - 1]!;
		const b = samples[i]!;
		canvas.line(x(a.at), y(a.progress), x(b.at), y(b.progress));
	}
	canvas.line(x(last.at), y(last.progress), x(end), y(last.progress));
	if (band) {
		for (const doneAt of band) dotted(canvas, x(end), y(last.progress), x(doneAt), y(100));
	}
	if (input.stalledSince !== undefined && input.stalledSince <= end)
		canvas.mark(col(input.stalledSince), row(last.progress), ascii ? stalledMark.ascii : stalledMark.glyph);
	if (input.failedAt !== undefined) canvas.mark(col(input.failedAt), row(last.progress), ascii ? 'x' : '✗');

	const axis = ascii ? '|' : '│';
	const plot = canvas.lines().map((text, i) => {
		const label = i === 0 ? '100%' : i === input.height - 1 ? '0%' : i === Math.floor((input.height - 1) / 2) ? '50%' : '';
		return `${label.padStart(labelWidth - 1)}${axis}${text}`;
	});
	const [utc, local] = timeAxis(from, to, cols, input.zone);
	const pad = ' '.repeat(labelWidth);
	return [...plot, `${' '.repeat(labelWidth - 1)}${ascii ? '+' : '└'}${(ascii ? '-' : '─').repeat(cols)}`, pad + utc, pad + local];
}

function dotted(canvas: ReturnType<typeof createCanvas>, x0: number, y0: number, x1: number, y1: number) {
	const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
	for (let i = 0; i <= steps; i += 3) canvas.dot(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
}
