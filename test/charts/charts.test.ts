// The chart functions on known series: a straight line, a stall, a failure, a burndown, a timeline.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createCanvas, progressChart, stepChart, timeAxis, timelineBars, type TimeZone} from '../../source/charts/index.js';

const minute = 60_000;
const t0 = Date.UTC(2026, 10, 23, 22, 0, 0);
const utc: TimeZone = {offsetMinutes: () => 0};
const cet: TimeZone = {offsetMinutes: () => 60};

/** Row of the '#' in each plot column (ASCII charts put one dot per cell); -1 where the column is empty. */
function rowsByColumn(plot: readonly string[], char = '#'): number[] {
	const width = plot[0]!.length;
	return Array.from({length: width}, (_, col) => plot.findIndex((line) => line[col] === char));
}

/** The plot area of a progress chart: rows without the y labels, without the axis and time labels. */
function plotArea(lines: readonly string[], height: number): string[] {
	return lines.slice(0, height).map((line) => line.slice(5));
}

describe('progress chart', () => {
	test('a straight line climbs from the bottom left to the top right, one step at a time', () => {
		const samples = Array.from({length: 11}, (_, i) => ({at: t0 + i * 10 * minute, progress: i * 10}));
		const lines = progressChart({samples, until: t0 + 100 * minute, width: 45, height: 10, ascii: true, zone: utc});
		const plot = plotArea(lines, 10);
		const rows = rowsByColumn(plot);
		assert.ok(
			rows.every((row) => row >= 0),
			`every column is drawn:\n${plot.join('\n')}`,
		);
		assert.equal(rows[0], 9, 'starts at 0 %');
		assert.equal(rows.at(-1), 0, 'ends at 100 %');
		assert.ok(
			rows.every((row, i) => i === 0 || row <= rows[i - 1]!),
			'never goes down',
		);
		assert.match(lines[0]!, /^100%\|/);
		assert.match(lines.at(-3)!, /^ {4}\+-+$/);
		assert.match(lines.at(-2)!, /^ {5}22:00 UTC .* 23:40$/);
	});

	test('a stall is a flat line to now, marked where it was judged stalled', () => {
		const samples = [0, 10, 20, 30, 40, 50].map((progress, i) => ({at: t0 + i * 10 * minute, progress}));
		const until = t0 + 100 * minute;
		const lines = progressChart({samples, until, stalledSince: t0 + 65 * minute, width: 45, height: 11, ascii: true, zone: utc});
		const plot = plotArea(lines, 11);
		const rows = rowsByColumn(plot);
		// From the last change (half way) to the right edge the line stays on the 50 % row.
		const halfway = Math.floor(plot[0]!.length / 2);
		assert.ok(
			rows.slice(halfway + 1).every((row) => row === 5 || row === -1),
			plot.join('\n'),
		);
		assert.equal(plot.join('').split('!').length - 1, 1, 'one stall mark');
		assert.equal(plot[5]!.indexOf('!'), Math.floor(0.65 * 39), 'at 65 min of 100');
	});

	test('a failure ends the line with a mark and no ETA band is drawn', () => {
		const samples = [0, 20, 30].map((progress, i) => ({at: t0 + i * 10 * minute, progress}));
		const lines = progressChart({
			samples,
			until: t0 + 40 * minute,
			failedAt: t0 + 40 * minute,
			etaBand: [t0 + 60 * minute, t0 + 80 * minute],
			width: 45,
			height: 10,
			ascii: true,
			zone: utc,
		});
		const plot = plotArea(lines, 10);
		const markRow = plot.findIndex((line) => line.includes('x'));
		assert.ok(markRow >= 0, plot.join('\n'));
		assert.equal(plot[markRow]!.trimEnd().at(-1), 'x', 'the mark is the last thing on its row');
		assert.equal(plot[markRow]!.trimEnd().length, 40, 'at the right edge: the failure is the end of the time axis');
	});

	test('braille: the same line packs two by four dots into each cell', () => {
		const samples = [
			{at: t0, progress: 0},
			{at: t0 + 60 * minute, progress: 100},
		];
		const plot = plotArea(progressChart({samples, until: t0 + 60 * minute, width: 25, height: 5, ascii: false, zone: utc}), 5);
		assert.ok(
			plot
				.join('')
				.split('')
				.every((char) => char === ' ' || (char >= '\u2800' && char <= '\u28ff')),
			plot.join('\n'),
		);
		assert.ok((plot[4]!.codePointAt(0)! - 0x2800) & 0x40, 'the first cell has its bottom-left dot');
		assert.ok((plot[0]!.codePointAt(19)! - 0x2800) & 0x08, 'the last cell has its top-right dot');
	});

	test('the ETA band extends the axis to the latest estimate', () => {
		const samples = [
			{at: t0, progress: 0},
			{at: t0 + 30 * minute, progress: 50},
		];
		const lines = progressChart({
			samples,
			until: t0 + 30 * minute,
			etaBand: [t0 + 60 * minute, t0 + 90 * minute],
			width: 45,
			height: 10,
			ascii: true,
			zone: utc,
		});
		assert.match(lines.at(-2)!, /23:30$/);
		const plot = plotArea(lines, 10);
		assert.ok(plot[0]!.includes('#'), 'the projections reach the 100 % row');
	});

	test('nothing to draw: no lines', () => {
		assert.deepEqual(progressChart({samples: [], until: t0, width: 80, height: 8, ascii: true, zone: utc}), []);
	});
});

describe('step chart', () => {
	test('a burndown holds each count until the next sample and runs to now', () => {
		const points = [
			{at: t0, value: 4},
			{at: t0 + 10 * minute, value: 2},
			{at: t0 + 20 * minute, value: 0},
		];
		const lines = stepChart({points, from: t0, to: t0 + 40 * minute, width: 42, height: 5, ascii: true, zone: utc});
		const plot = lines.slice(0, 5).map((line) => line.slice(3));
		const rows = rowsByColumn(plot);
		assert.equal(rows[0], 0, 'starts at the top (4)');
		assert.ok(
			rows.slice(-10).every((row) => row === 4),
			'ends on zero',
		);
		assert.match(lines[0]!, /^ 4\|/);
		assert.equal(lines.length, 7);
	});
});

describe('timeline', () => {
	test('bars from start to end, failures and cancellations marked, running bars open to now', () => {
		const bars = timelineBars({
			from: t0,
			to: t0 + 100 * minute,
			width: 20,
			ascii: true,
			bars: [
				{label: 'a', start: t0, end: t0 + 50 * minute, outcome: 'completed'},
				{label: 'b', start: t0 + 25 * minute, end: t0 + 75 * minute, outcome: 'failed'},
				{label: 'c', start: t0 + 50 * minute, outcome: 'active'},
				{label: 'd', start: t0 + 10 * minute, end: t0 + 20 * minute, outcome: 'cancelled'},
			],
		});
		assert.deepEqual(bars, ['==========|         ', '     ==========x    ', '          =========>', '  ==/               ']);
	});
});

describe('time axis', () => {
	test('UTC and local clocks at the ends and the middle', () => {
		assert.deepEqual(timeAxis(t0, t0 + 60 * minute, 40, cet), ['22:00 UTC        22:30             23:00', '23:00 local      23:30             00:00']);
	});
});

test('canvas: dots outside the grid are ignored, marks win over dots', () => {
	const canvas = createCanvas(3, 1, true);
	canvas.dot(-1, 0);
	canvas.dot(5, 0);
	canvas.line(0, 0, 2, 0);
	canvas.mark(1, 0, 'x');
	assert.deepEqual(canvas.lines(), ['#x#']);
});
