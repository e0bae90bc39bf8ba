// The fleet figures: 50 profiles × 4 regions in one cutwatch process against one simulator (own process):
// 50 × (3 EC2 operations × 4 regions + Discovery in its home region) = 650 sources. Driven by a hand-turned
// clock through `--minutes` of the schedule after the first round; reports this process's CPU per minute, its
// RSS, the simulator's requests per minute, and from the store (pollStarted → success/failure) how many polls
// were ever in flight at once per account-region-API and in all, and the busiest source's polls per minute.
// Run alone: node --import tsx bench/fleet.ts <endpoint> [--minutes N]  (with AWS_SHARED_CREDENTIALS_FILE set)
import process from 'node:process';
import {fleetProfiles, fleetRegions, type FleetResult} from './fleet-run.js';
import {argOption, openManualSession, pollWindow} from './manual-session.js';

const [endpoint] = process.argv.slice(2);
if (endpoint === undefined) throw new Error('usage: fleet.ts <endpoint> [--minutes N]');
const minutes = Number(argOption('--minutes') ?? 5);

const profiles = Array.from({length: fleetProfiles}, (_, i) => `fleet-${i + 1}`);
const harness = await openManualSession(endpoint, {profile: profiles, region: fleetRegions}, {random: Math.random});
const {session} = harness;
const inFlight = new Set<string>();
let maxInFlight = 0;
let maxInFlightPerSource = 0;
let counting = false;
const polls = new Map<string, number>();
session.store.subscribe((state, previous) => {
	if (state.sources === previous.sources) return;
	for (const source of state.sources.values()) {
		if (previous.sources.get(source.key) === source) continue;
		if (source.phase === 'polling') {
			if (inFlight.has(source.key)) maxInFlightPerSource = Math.max(maxInFlightPerSource, 2);
			inFlight.add(source.key);
			if (counting) polls.set(source.key, (polls.get(source.key) ?? 0) + 1);
		} else inFlight.delete(source.key);
	}
	maxInFlight = Math.max(maxInFlight, inFlight.size);
	maxInFlightPerSource = Math.max(maxInFlightPerSource, inFlight.size > 0 ? 1 : 0);
});
try {
	const {cpuSeconds, requests} = await pollWindow(harness, endpoint, minutes, () => (counting = true));
	const state = session.store.getState();
	const result: FleetResult = {
		minutes,
		sources: state.sources.size,
		cpuSeconds,
		requests,
		rssMb: process.memoryUsage.rss() / 2 ** 20,
		maxInFlightPerSource,
		maxInFlight,
		maxPollsPerSourcePerMinute: Math.max(...polls.values()) / minutes,
		failing: [...state.sources.values()].filter((source) => source.lastError !== undefined).length,
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await session.close();
}
