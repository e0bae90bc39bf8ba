// The figures `npm run bench` reports, their budgets (README.md "Performance"), and the two ways to print them: a table
// for people and one JSON object for machines.
import os from 'node:os';
import process from 'node:process';
import type {Stat} from './stats.js';

export type Figure = Stat & {
	readonly unit: string;
	/** The most the figure may be; null: reported for context, no budget. */
	readonly budget: number | null;
	/** How the budget reads in the table, when it is more than `≤ budget`. */
	readonly budgetText?: string;
};

export type Machine = {cpus: number; model: string; node: string; platform: string; memoryGb: number};

export function machine(): Machine {
	const cpus = os.cpus();
	return {
		cpus: cpus.length,
		model: cpus[0]?.model.trim() ?? 'unknown',
		node: process.version,
		platform: `${os.platform()} ${os.release()}`,
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
	};
}

export function withinBudget(figure: Figure): boolean | undefined {
	return figure.budget === null ? undefined : figure.median <= figure.budget;
}

export type Report = {machine: Machine; figures: Record<string, Figure>; notes: string[]};

export function toJson(report: Report): string {
	const figures = Object.fromEntries(
		Object.entries(report.figures).map(([name, figure]) => [
			name,
			{
				median: round(figure.median),
				min: round(figure.min),
				max: round(figure.max),
				runs: figure.runs,
				unit: figure.unit,
				budget: figure.budget === null ? null : round(figure.budget),
				ok: withinBudget(figure) ?? null,
			},
		]),
	);
	return JSON.stringify({machine: report.machine, figures, notes: report.notes}, null, 2);
}

export function toTable(report: Report): string {
	const rows = Object.entries(report.figures).map(([name, figure]) => {
		const ok = withinBudget(figure);
		return [
			name,
			format(figure.median, figure.unit),
			format(figure.min, figure.unit),
			format(figure.max, figure.unit),
			figure.budgetText ?? (figure.budget === null ? '' : `≤ ${format(figure.budget, figure.unit)}`),
			ok === undefined ? '' : ok ? '✓' : '✗',
		];
	});
	const header = ['figure', 'median', 'min', 'max', 'budget', ''];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
			.join('  ')
			.trimEnd();
	const {cpus, model, node, platform, memoryGb} = report.machine;
	return [
		`machine: ${cpus} × ${model}, ${memoryGb} GB, ${platform}, Node ${node}`,
		'',
		line(header),
		line(widths.map((width) => '-'.repeat(width))),
		...rows.map(line),
		'',
		...report.notes.map((note) => `- ${note}`),
	].join('\n');
}

function format(value: number, unit: string): string {
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`;
}

/** Three decimals at most: enough for ratios and percentages, and byte counts stay exact. */
function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
