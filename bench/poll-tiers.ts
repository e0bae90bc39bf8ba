// Poll cost per minute at 50,000 tasks (500 running), listing in full at every poll or in two tiers. One
// process per mode: a real session (SDK clients, paging, normalising, the store) against a simulator in
// another process, driven by a hand-turned clock through `--minutes` minutes of its schedule after the first
// (full) poll, so the figure is what a monitor that has been running a while pays each minute. CPU is this
// process's own (process.cpuUsage), requests are the simulator's count. Prints one JSON line, a TierResult.
// Run alone: node --import tsx bench/poll-tiers.ts <endpoint> --mode full|two-tier [--minutes N]
import process from 'node:process';
import {taskKinds} from '../source/model/task.js';
import {argOption, openManualSession, pollWindow, throwIfFailing, useSimulatorCredentials} from './manual-session.js';

export type TierResult = {mode: string; minutes: number; cpuSeconds: number; requests: number; tasks: number};

const [endpoint] = process.argv.slice(2);
if (endpoint === undefined) throw new Error('usage: poll-tiers.ts <endpoint> --mode full|two-tier');
const mode = argOption('--mode') ?? 'two-tier';
const minutes = Number(argOption('--minutes') ?? 10);

useSimulatorCredentials();
const harness = await openManualSession(endpoint, {region: 'us-east-1'}, {random: () => 0.5, twoTier: mode === 'two-tier'});
const {session} = harness;
try {
	const {cpuSeconds, requests} = await pollWindow(harness, endpoint, minutes);
	throwIfFailing(session);
	const state = session.store.getState();
	const tasks = taskKinds.reduce((sum, kind) => sum + state.tasks[kind].size, 0);
	const result: TierResult = {mode, minutes, cpuSeconds, requests, tasks};
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await session.close();
}
