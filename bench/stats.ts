// Summaries of repeated measurements: the median is the figure, min and max show the noise around it.

export type Stat = {readonly median: number; readonly min: number; readonly max: number; readonly runs: number};

export function summarize(samples: readonly number[]): Stat {
	if (samples.length === 0) throw new Error('summarize: no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return {median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length};
}

/** A ratio of two measured figures: median over median, and the widest and narrowest ratios their ranges allow. */
export function ratio(numerator: Stat, denominator: Stat): Stat {
	return {
		median: numerator.median / denominator.median,
		min: numerator.min / denominator.max,
		max: numerator.max / denominator.min,
		runs: Math.min(numerator.runs, denominator.runs),
	};
}

/** A value measured once (or deterministic): median, min and max coincide. */
export function single(value: number, runs = 1): Stat {
	return {median: value, min: value, max: value, runs};
}
