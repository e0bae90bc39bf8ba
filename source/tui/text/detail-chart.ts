// The detail view's picture of one task: its progress over time (from the store's history), the rate in
// %/min and GiB/h when the size is known, the ETA band, and when it stalled or failed. Pure.
import {progressChart, processZone, clockLocal, clockUtc, type TimeZone} from '../../charts/index.js';
import {diskImageBytes, progressRate, type StoreConfig, type TrackedTask} from '../../store/index.js';
import {formatMinutes} from '../hooks/units.js';

const gib = 1024 ** 3;

export type DetailChartInput = {
	readonly tracked: TrackedTask;
	readonly config: Pick<StoreConfig, 'etaWindowMs' | 'etaMinSpanMs' | 'etaMinSamples'>;
	readonly now: number;
	readonly width: number;
	readonly height: number;
	readonly ascii: boolean;
	readonly zone?: TimeZone;
};

/** Earliest and latest completion from the recent rate and the whole-life rate; undefined without a rate. */
export function etaBand(tracked: TrackedTask, config: DetailChartInput['config']): [number, number] | undefined {
	const {history} = tracked;
	const first = history[0];
	const last = history.at(-1);
	if (first === undefined || last === undefined || tracked.task.category !== 'active') return undefined;
	const remaining = Math.max(0, 100 - last.progress);
	const rates = [progressRate(history, config)];
	if (last.at > first.at && last.progress > first.progress) rates.push((last.progress - first.progress) / (last.at - first.at));
	const times = rates.filter((rate): rate is number => rate !== undefined && rate > 0).map((rate) => last.at + remaining / rate);
	if (times.length === 0) return undefined;
	return [Math.min(...times), Math.max(...times)];
}

function clock(at: number, zone: TimeZone): string {
	return `${clockUtc(at)} UTC (${clockLocal(at, zone)} local)`;
}

/** The caption and the chart, `width` columns each; empty for a task without a percentage. */
export function detailChart(input: DetailChartInput): string[] {
	const {tracked, now, config} = input;
	const zone = input.zone ?? processZone;
	const {history, task} = tracked;
	const last = history.at(-1);
	if (last === undefined) return [];
	const facts: string[] = [];
	const rate = progressRate(history, config);
	if (rate !== undefined && task.category === 'active') {
		const perMinute = rate * 60_000;
		facts.push(`rate ${perMinute.toFixed(perMinute < 1 ? 2 : 1)} %/min`);
		const size = diskImageBytes(task);
		if (size !== undefined) facts.push(`${((size * rate * 3_600_000) / 100 / gib).toFixed(1)} GiB/h`);
	}
	const band = etaBand(tracked, config);
	if (band) facts.push(band[1] - band[0] < 60_000 ? `ETA ${clock(band[0], zone)}` : `ETA ${clockUtc(band[0])}-${clockUtc(band[1])} UTC`);
	if (tracked.stalledSince !== undefined) {
		facts.push(`stalled since ${clock(tracked.stalledSince, zone)}, ${formatMinutes(now - tracked.lastProgressChangeAt)} at ${last.progress}%`);
	}
	const failedAt = task.category === 'failed' ? (tracked.endedAt ?? now) : undefined;
	if (failedAt !== undefined) facts.push(`failed at ${clock(failedAt, zone)} at ${last.progress}%`);
	if (facts.length === 0) facts.push(task.category === 'active' ? 'not enough history for a rate yet' : `${task.category}`);
	const until = tracked.endedAt ?? tracked.goneAt ?? now;
	const chart = progressChart({
		samples: history,
		until,
		stalledSince: tracked.stalledSince,
		failedAt,
		etaBand: band,
		width: input.width,
		height: input.height,
		ascii: input.ascii,
		zone,
	});
	return [facts.join(' · '), ...chart];
}
