// Tasks as bars on one time axis: start → end, the end marked by how it went (✗ failed, ⊘ cancelled), a bar
// still running drawn to now with an open end. Shared by the cutover view and the reports.

export type Outcome = 'active' | 'completed' | 'failed' | 'cancelled' | 'unknown';

export type TimelineBar = {
	readonly label: string;
	readonly start: number;
	/** Undefined while it runs. */
	readonly end?: number | undefined;
	readonly outcome: Outcome;
};

export type TimelineInput = {
	readonly bars: readonly TimelineBar[];
	readonly from: number;
	readonly to: number;
	/** Columns for the bars (labels not included). */
	readonly width: number;
	readonly ascii: boolean;
};

const glyphs = {
	unicode: {bar: '━', failed: '✗', cancelled: '⊘', completed: '┫', active: '▶', unknown: '?'},
	ascii: {bar: '=', failed: 'x', cancelled: '/', completed: '|', active: '>', unknown: '?'},
};

/** Columns a time falls in, clamped to the axis. */
export function columnOf(at: number, from: number, to: number, width: number): number {
	if (to <= from) return 0;
	return Math.min(width - 1, Math.max(0, Math.floor(((at - from) / (to - from)) * width)));
}

/** One string of `width` columns per bar (no label). */
export function timelineBars(input: TimelineInput): string[] {
	const g = input.ascii ? glyphs.ascii : glyphs.unicode;
	return input.bars.map((bar) => {
		const row = Array.from({length: input.width}, () => ' ');
		const a = columnOf(bar.start, input.from, input.to, input.width);
		const b = columnOf(bar.end ?? input.to, input.from, input.to, input.width);
		for (let i = a; i <= b; i++) row[i] = g.bar;
		row[b] = g[bar.outcome];
		return row.join('');
	});
}

/** Failures first, then the rest by start time: what needs looking at comes first. */
export function timelineOrder(bars: readonly TimelineBar[]): TimelineBar[] {
	const rank = (bar: TimelineBar) => (bar.outcome === 'failed' ? 0 : 1);
	return [...bars].sort((p, q) => rank(p) - rank(q) || p.start - q.start || p.label.localeCompare(q.label));
}
