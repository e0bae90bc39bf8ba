// The figures for cost that follows the work, by the names and budgets README.md "Performance" gives, from the
// screen run (bench/screen.tsx) and the two-tier polling run (bench/tiers.ts). bench/run.ts merges them into
// its report.
import type {Figure} from './report.js';
import type {ScreenReport} from './screen.js';
import {ratio, summarize, type Stat} from './stats.js';
import type {FrameResult} from './frame.js';
import type {FleetResult} from './fleet-run.js';
import {tierRunning, tierTasks, type TiersResult} from './tiers.js';

export const costBudgets = {
	poll_cpu_s_per_min_50000: 0.5,
	requests_per_min_50000: 120,
	frame_ms_100: 5,
	frame_ms_50000: 10,
	frame_ratio_50000_100: 2,
	key_frame_ms_100: 5,
	key_frame_ms_50000: 5,
	first_frame_ms_50000: 1000,
	rss_mb: 200,
	rss_mb_idle: 110,
} as const;

const figure = (stat: Stat, unit: string, budget: number | null = null): Figure => ({...stat, unit, budget});
const once = (value: number): Stat => summarize([value]);

function frameAt(frames: readonly FrameResult[], tasks: number): FrameResult {
	const found = frames.find((frame) => frame.tasks === tasks);
	if (!found) throw new Error(`no frame measured at ${tasks} tasks`);
	return found;
}

export function screenFigures(screen: ScreenReport): Record<string, Figure> {
	const at = (tasks: number) => frameAt(screen.frames, tasks);
	const before = (tasks: number) => frameAt(screen.unpatchedFrames, tasks);
	return {
		frame_ms_100: figure(at(100).frameCpuMs, 'ms', costBudgets.frame_ms_100),
		frame_ms_10000: figure(at(10_000).frameCpuMs, 'ms'),
		frame_ms_50000: figure(at(50_000).frameCpuMs, 'ms', costBudgets.frame_ms_50000),
		frame_ratio_50000_100: figure(ratio(at(50_000).frameCpuMs, at(100).frameCpuMs), '×', costBudgets.frame_ratio_50000_100),
		key_frame_ms_100: figure(at(100).keyFrameCpuMs, 'ms', costBudgets.key_frame_ms_100),
		key_frame_ms_50000: figure(at(50_000).keyFrameCpuMs, 'ms', costBudgets.key_frame_ms_50000),
		// Context: wall-clock time of the same frames, the frames with the patches off, a full listing's frame.
		frame_wall_ms_100: figure(at(100).frameMs, 'ms'),
		frame_wall_ms_50000: figure(at(50_000).frameMs, 'ms'),
		frame_ms_100_unpatched: figure(before(100).frameCpuMs, 'ms'),
		frame_ms_50000_unpatched: figure(before(50_000).frameCpuMs, 'ms'),
		frame_ms_50000_full_listing: figure(screen.fullListingFrame.frameCpuMs, 'ms'),
		store_merge_ms_50000: figure(at(50_000).applyMs, 'ms'),
		store_apply_ms_50000: figure(screen.fullListingFrame.applyMs, 'ms'),
	};
}

export function tierFigures(tiers: TiersResult): Record<string, Figure> {
	const perMinute = (value: number, minutes: number) => once(value / minutes);
	const {twoTier, full} = tiers;
	return {
		poll_cpu_s_per_min_50000: figure(perMinute(twoTier.cpuSeconds, twoTier.minutes), 's', costBudgets.poll_cpu_s_per_min_50000),
		requests_per_min_50000: figure(perMinute(twoTier.requests, twoTier.minutes), '', costBudgets.requests_per_min_50000),
		poll_cpu_s_per_min_50000_full: figure(perMinute(full.cpuSeconds, full.minutes), 's'),
		requests_per_min_50000_full: figure(perMinute(full.requests, full.minutes), ''),
	};
}

export function tierNote(tiers: TiersResult): string {
	return `poll_cpu_s_per_min_50000 / requests_per_min_50000: a session against a simulator (own process) listing ${tierTasks.toLocaleString('en-US')} snapshot imports, ${tierRunning} running, driven by a hand-turned clock through ${tiers.twoTier.minutes} minutes of its schedule after the first poll (two full listings, the rest active-tier polls); CPU is the session's process, requests the simulator's count. *_full: the same with a full listing at every poll (before two-tier polling), over ${tiers.full.minutes} minutes.`;
}

export const screenNote =
	"frame_ms and key_frame_ms are CPU time of the process (user + system) from the store change to the frame's last write: on this shared 2-core machine wall time mostly measures the other processes (frame_wall_ms for comparison). At 50,000 tasks the change arrives as two-tier polling delivers it (a merged answer of 500 tasks); frame_ms_50000_full_listing is a full listing's frame. *_unpatched: the same frames with source/patches switched off (Ink and string-width as published), in the same process.";

/** DescribeStoreImageTasks refills at 0.5 requests/s per account and region, the lowest of the four APIs. */
const lowestRefillPerMinute = 30;

export function fleetFigures(fleet: FleetResult): Record<string, Figure> {
	return {
		fleet_cpu_s_per_min: figure(once(fleet.cpuSeconds / fleet.minutes), 's'),
		fleet_rss_mb: figure(once(fleet.rssMb), 'MiB'),
		fleet_requests_per_min: figure(once(fleet.requests / fleet.minutes), ''),
		fleet_in_flight_per_api: figure(once(fleet.maxInFlightPerSource), '', 4),
		fleet_polls_per_min_per_api: figure(once(fleet.maxPollsPerSourcePerMinute), '', lowestRefillPerMinute),
	};
}

export function fleetNote(fleet: FleetResult): string {
	return `fleet: ${fleet.sources} sources in one process (50 profiles × 4 regions × 3 EC2 operations, and Discovery once per profile in its home region) against the demo cutover in a simulator of its own, ${fleet.minutes} minutes of the schedule by a hand-turned clock; fleet_in_flight_per_api: polls of one account-region-API ever in flight at once (${fleet.maxInFlight} in all, the poller's cap); fleet_polls_per_min_per_api: the busiest account-region-API (budget: DescribeStoreImageTasks' refill, 0.5/s, the lowest of the four); ${fleet.failing} sources failing at the end.`;
}
