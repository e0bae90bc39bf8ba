// Poll cost per minute at 50,000 tasks (500 running), listing in full at every poll or in two tiers. One
// process per mode: a real session (SDK clients, paging, normalising, the store) against a simulator in
// another process, driven by a hand-turned clock through `--minutes` minutes of its schedule after the first
// (full) poll, so the figure is what a monitor that has been running a while pays each minute. CPU is this
// process's own (process.cpuUsage), requests are the simulator's count. Prints one JSON line, a TierResult.
// Run alone: node --import tsx bench/poll-tiers.ts <endpoint> --mode full|two-tier [--minutes N]
import process from 'node:process';
import {openSession} from '../source/session/session.js';
import {parseConfig} from '../source/cli/config.js';
import {taskKinds} from '../source/model/task.js';
import {createManualTimers} from '../test/helpers/manual-timers.js';
import {requestCount, simulatorCredentials} from './simulator-process.js';

export type TierResult = {mode: string; minutes: number; cpuSeconds: number; requests: number; tasks: number};

const [endpoint] = process.argv.slice(2);
const option = (name: string) => {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : undefined;
};
if (endpoint === undefined) throw new Error('usage: poll-tiers.ts <endpoint> --mode full|two-tier');
const mode = option('--mode') ?? 'two-tier';
const minutes = Number(option('--minutes') ?? 10);

for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
Object.assign(process.env, simulatorCredentials);
const timers = createManualTimers(Date.now());
const config = parseConfig([], {endpointUrl: endpoint, region: 'us-east-1', watch: true}, false);
const session = await openSession(config, {timers, random: () => 0.5, twoTier: mode === 'two-tier'});
const turn = async () => {
	await new Promise((resolve) => setImmediate(resolve));
	await session.poller.idle();
};
try {
	session.poller.start();
	await turn();
	const startedAt = timers.now();
	const requestsBefore = await requestCount(endpoint);
	const before = process.cpuUsage();
	// Every poll due in the window, in order; the window ends just before the poll due at its end.
	while (true) {
		const due = Math.min(...timers.delays());
		if (timers.now() + due >= startedAt + minutes * 60_000) break;
		timers.next();
		await turn();
	}
	const used = process.cpuUsage(before);
	const requests = (await requestCount(endpoint)) - requestsBefore;
	const state = session.store.getState();
	const failing = [...state.sources.values()].filter((source) => source.lastError !== undefined);
	if (failing.length > 0) throw new Error(`sources failing: ${failing.map((source) => `${source.key} ${source.lastError?.code}`).join(', ')}`);
	const tasks = taskKinds.reduce((sum, kind) => sum + state.tasks[kind].size, 0);
	const result: TierResult = {mode, minutes, cpuSeconds: (used.user + used.system) / 1e6, requests, tasks};
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await session.close();
}
