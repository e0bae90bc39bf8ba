// Progress history (a bounded, copy-on-write ring of change points) and the ETA it supports.
import type {ProgressSample} from './state.js';

/**
 * Adds a sample when progress changed. A drop in progress means AWS restarted the work, so older samples
 * no longer describe its pace and are discarded.
 */
export function appendSample(
	history: readonly ProgressSample[],
	sample: ProgressSample,
	limit: number,
): readonly ProgressSample[] {
	const last = history.at(-1);
	if (last === undefined || sample.progress < last.progress) return [sample];
	if (sample.progress === last.progress) return history;
	// Copying at most `limit` references per change keeps the array immutable for consumers.
	const start = history.length >= limit ? history.length - limit + 1 : 0;
	const next = history.slice(start);
	next.push(sample);
	return next;
}

export type EtaSettings = {etaWindowMs: number; etaMinSpanMs: number; etaMinSamples: number};

/**
 * Estimated completion time (epoch ms) from the rate between the newest sample and the newest sample at
 * least etaWindowMs older than it (or the oldest kept). Measuring between real change points, never to a
 * clipped window edge, keeps slow tasks (1 % per quarter hour) from being overestimated. Undefined until
 * there is a gain over etaMinSpanMs or over etaMinSamples samples.
 */
export function estimateDoneAt(history: readonly ProgressSample[], settings: EtaSettings): number | undefined {
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
	const remaining = Math.max(0, 100 - last.progress);
	return last.at + (remaining * span) / gain;
}

/** Milliseconds left at `now`; 0 once the estimate has passed (still running: "any moment"). */
export function remainingMs(doneAt: number, now: number): number {
	return Math.max(0, doneAt - now);
}
