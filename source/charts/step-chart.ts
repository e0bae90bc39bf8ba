// A count over time (active tasks, completed, failed, GiB/h) as a step line: a count holds its value until the
// next sample. The burndown and the cutover view's other series are all drawn with this.
import {createCanvas} from './canvas.js';
import {timeAxis, type TimeZone} from './time-axis.js';

export type StepPoint = {readonly at: number; readonly value: number};

export type StepChartInput = {
	readonly points: readonly StepPoint[];
	readonly from: number;
	/** The last value holds until here (now). */
	readonly to: number;
	readonly width: number;
	readonly height: number;
	readonly ascii: boolean;
	readonly zone: TimeZone;
	/** How the top of the scale is written (e.g. `12` or `3.4 GiB/h`). */
	readonly format?: (value: number) => string;
	/** Leaves out the two time label lines (charts stacked over one shared axis). */
	readonly axisLabels?: boolean;
};

export function stepChart(input: StepChartInput): string[] {
	const {points, ascii, from} = input;
	const format = input.format ?? ((value: number) => String(Math.round(value)));
	const max = Math.max(0, ...points.map((point) => point.value));
	const top = max === 0 ? '' : format(max);
	const labelWidth = Math.max(2, top.length) + 1;
	const cols = input.width - labelWidth;
	if (cols < 8 || input.height < 1) return [];
	const to = Math.max(input.to, from + 60_000);
	const canvas = createCanvas(cols, input.height, ascii);
	const x = (at: number) => ((Math.max(from, at) - from) / (to - from)) * (canvas.width - 1);
	const y = (value: number) => (max === 0 ? canvas.height - 1 : (1 - value / max) * (canvas.height - 1));
	let previous: StepPoint | undefined;
	for (const point of points) {
		if (previous) {
			canvas.line(x(previous.at), y(previous.value), x(point.at), y(previous.value));
			canvas.line(x(point.at), y(previous.value), x(point.at), y(point.value));
		}
		previous = point;
	}
	if (previous) canvas.line(x(previous.at), y(previous.value), x(to), y(previous.value));
	const axis = ascii ? '|' : '│';
	const lines = canvas.lines().map((text, i) => {
		const label = i === 0 ? top : i === input.height - 1 ? '0' : '';
		return `${label.padStart(labelWidth - 1)}${axis}${text}`;
	});
	if (input.axisLabels === false) return lines;
	const [utc, local] = timeAxis(from, to, cols, input.zone);
	const pad = ' '.repeat(labelWidth);
	return [...lines, pad + utc, pad + local];
}
