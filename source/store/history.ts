// Progress history (a bounded, copy-on-write list of change points, downsampled as it fills) and the ETA it
// supports.
import type {ProgressSample} from './state.js';

/**
 * Samples at the end of the list that downsampling never touches: the ETA is measured over them, and the
 * detail chart's right edge (the part people look at) stays at full resolution.
 */
export function recentKept(limit: number): number {
	return Math.max(1, Math.floor(limit / 4));
}

/**
 * Adds a sample when progress changed. A drop in progress means AWS restarted the work, so older samples
 * no longer describe its pace and are discarded. When the list is full, one older sample is dropped: the one
 * whose neighbours are closest in time, so what remains spreads evenly over the task's whole life (a stall,
 * a long gap between two change points, is never thinned away) instead of forgetting its beginning.
 */
export function appendSample(history: readonly ProgressSample[], sample: ProgressSample, limit: number): readonly ProgressSample[] {
	const last = history.at(-1);
	if (last === undefined || sample.progress < last.progress) return [sample];
	if (sample.progress === last.progress) return history;
	const next = history.slice();
	next.push(sample);
	while (next.length > limit) next.splice(thinnest(next, limit), 1);
	return next;
}

/** Index of the interior, older sample whose removal loses the least time resolution. */
function thinnest(samples: readonly ProgressSample[], limit: number): number {
	// The first sample (where the task started for us) and the recent ones are never candidates.
	const end = Math.max(2, samples.length - recentKept(limit));
	let best = 1;
	let bestGap = Number.POSITIVE_INFINITY;
	for (let i = 1; i < end && i < samples.length - 1; i++) {
		const gap = samples[i + 1]!.at - samples[i - 1]!.at;
		if (gap < bestGap) {
			bestGap = gap;
			best = i;
		}
	}
	return best;
}

export type EtaSettings = {etaWindowMs: number; etaMinSpanMs: number; etaMinSamples: number};

/**
 * Estimated completion time (epoch ms) from the rate between the newest sample and the newest sample at
 * least etaWindowMs older than it (or the oldest kept). Measuring between real change points, never to a
 * clipped window edge, keeps slow tasks (1 % per quarter hour) from being overestimated. Undefined until
 * there is a gain over etaMinSpanMs or over etaMinSamples samples.
 */
export function estimateDoneAt(history: readonly ProgressSample[], settings: EtaSettings): number | undefined {
	const rate = progressRate(history, settings);
	if (rate === undefined) return undefined;
	const last = history.at(-1)!;
	const remaining = Math.max(0, 100 - last.progress);
	return last.at + remaining / rate;
}

/** Percent per millisecond over the ETA window (see estimateDoneAt); undefined without enough history. */
export function progressRate(history: readonly ProgressSample[], settings: EtaSettings): number | undefined {
	const last = history.at(-1);
	if (last === undefined || history.length < 2) return undefined;
	const windowStart = last.at - settings.etaWindowMs;
	let ref = history[0]!;
	for (let i = history.length - 2; i >= 0; i--) {
		const sample = history[i]!;
		if (sample.at <= windowStart) {
			ref = sample;
			break;
		}
	}
	const span = last.at - ref.at;
	const gain = last.progress - ref.progress;
	// Evidence is counted in samples as well as in time: a fast task (or a demo at --speed 10) may finish
	// within the minimum span, and three change points already show its pace.
	if (gain <= 0 || span <= 0 || (span < settings.etaMinSpanMs && history.length < settings.etaMinSamples)) return undefined;
	return gain / span;
}

/** Milliseconds left at `now`; 0 once the estimate has passed (still running: "any moment"). */
export function remainingMs(doneAt: number, now: number): number {
	return Math.max(0, doneAt - now);
}
