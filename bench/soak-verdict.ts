// The soak's verdict: every bound it states, checked against a run, and the summary it prints.
import {mib, type SoakResult} from './soak-result.js';

export type Bounds = {
	/** Retained heap at the end may exceed the steady-state reference (the checkpoint at `steadyFrom`) by this factor. */
	heapGrowth: number;
	/** …plus this much, for the noise of a shared heap. */
	heapSlackBytes: number;
	/** RSS at the end may exceed RSS at the steady-state reference by at most this much. */
	rssGrowthBytes: number;
	/** Fraction of the run after which the state is steady (gone tasks are being dropped). */
	steadyFrom: number;
};

/** Every bound the soak states, checked; returns the violations (empty: pass). */
export function checkBounds(result: SoakResult, bounds: Bounds): string[] {
	const violations = [...result.problems];
	const points = result.checkpoints;
	if (points.length < 2) return [...violations, `only ${points.length} checkpoints`];
	for (const point of points) {
		const at = `${point.simulatedHours.toFixed(1)} h`;
		if (point.events > result.eventLimit) violations.push(`${at}: ${point.events} events > limit ${result.eventLimit}`);
		if (point.maxSamplesPerTask > result.historyLimit) violations.push(`${at}: ${point.maxSamplesPerTask} samples on one task > ${result.historyLimit}`);
		if (point.samples > point.tracked * result.historyLimit)
			violations.push(`${at}: ${point.samples} samples > ${result.historyLimit} × ${point.tracked} tracked`);
		if (point.tracked > point.trackedBound) violations.push(`${at}: ${point.tracked} tracked tasks > ${point.trackedBound} listed within the retention window`);
	}
	const reference = points[Math.min(points.length - 1, Math.floor(points.length * bounds.steadyFrom))]!;
	const end = points.at(-1)!;
	const heapLimit = reference.heapBytes * bounds.heapGrowth + bounds.heapSlackBytes;
	if (end.heapBytes > heapLimit) {
		violations.push(
			`retained heap grew from ${mib(reference.heapBytes)} (${reference.simulatedHours.toFixed(1)} h) to ${mib(end.heapBytes)}, limit ${mib(heapLimit)}`,
		);
	}
	if (end.rssBytes - reference.rssBytes > bounds.rssGrowthBytes) {
		violations.push(
			`RSS grew from ${mib(reference.rssBytes)} (${reference.simulatedHours.toFixed(1)} h) to ${mib(end.rssBytes)}, limit +${mib(bounds.rssGrowthBytes)}`,
		);
	}
	if (result.eventsTotal <= result.eventLimit)
		violations.push(`only ${result.eventsTotal} events: the run never filled the log, so it proves nothing about it`);
	if (end.tracked === 0) violations.push('nothing tracked at the end');
	const journal = result.journal;
	if (journal) {
		if ((journal.lines['sample'] ?? 0) > journal.sampleBound) violations.push(`journal: ${journal.lines['sample']} samples > bound ${journal.sampleBound}`);
		if ((journal.lines['seen'] ?? 0) > journal.seenBound) violations.push(`journal: ${journal.lines['seen']} seen marks > bound ${journal.seenBound}`);
		if ((journal.lines['event'] ?? 0) !== result.eventsTotal)
			violations.push(`journal: ${journal.lines['event'] ?? 0} event lines for ${result.eventsTotal} events`);
	}
	return violations;
}

export function summary(result: SoakResult, bounds: Bounds): string[] {
	const end = result.checkpoints.at(-1)!;
	return [
		`scenario: ${result.scenario.name}; ${result.checkpoints.length} checkpoints; ${(result.realMs / 1000).toFixed(1)} s real`,
		`heap: start ${mib(result.start.heapBytes)}, end ${mib(end.heapBytes)} (bound: ${bounds.heapGrowth}× the ${Math.round(bounds.steadyFrom * 100)} % checkpoint + ${mib(bounds.heapSlackBytes)})`,
		`rss:  start ${mib(result.start.rssBytes)}, end ${mib(end.rssBytes)} (bound: the ${Math.round(bounds.steadyFrom * 100)} % checkpoint + ${mib(bounds.rssGrowthBytes)})`,
		`event log: ${end.events} kept of ${result.eventsTotal} (bound ${result.eventLimit})`,
		`tracked tasks: ${end.tracked} (bound ${end.trackedBound}: listed by the API within cutwatch's gone retention; ${end.listedNow} listed now)`,
		`history samples: ${end.samples}, at most ${end.maxSamplesPerTask} per task (bound ${result.historyLimit} per task)`,
		`requests: ${end.requests}`,
		...(result.journal
			? [
					`journal: ${mib(result.journal.bytes)}; lines ${Object.entries(result.journal.lines)
						.map(([rec, n]) => `${rec} ${n}`)
						.join(', ')}; ` +
						`samples bound ${result.journal.sampleBound}, seen bound ${result.journal.seenBound}; ${Math.round(result.journal.bytes / Math.max(1, result.eventsTotal))} B per event`,
					`journal at each checkpoint: ${result.checkpoints.map((point) => `${point.simulatedHours.toFixed(1)} h ${mib(point.journalBytes)}`).join(', ')}`,
				]
			: []),
	];
}
