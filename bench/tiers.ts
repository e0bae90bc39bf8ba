// The two-tier polling figures: poll CPU and requests per minute at 50,000 tasks with 500 running, two-tier
// (the default) and listing in full at every poll (before), against one simulator in its own process.
import process from 'node:process';
import type {ScenarioFile} from '../source/simulator/index.js';
import {heapFlags} from '../source/build/heap-flags.js';
import {runChild} from './child.js';
import type {TierResult} from './poll-tiers.js';
import {withScenarioFile, withSimulatorProcess} from './simulator-process.js';

export const tierTasks = 50_000;
export const tierRunning = 500;

function scenario(): ScenarioFile {
	return {
		name: 'bench: 50,000 snapshot imports, 500 running',
		seed: 13,
		importSnapshots: Array.from({length: tierTasks}, (_, i) =>
			i < tierRunning ? {name: `server-${i}`, start: '-10m', duration: '2h'} : {name: `server-${i}`, start: '-3d', duration: '20m'},
		),
	};
}

export type TiersResult = {twoTier: TierResult; full: TierResult};

export async function measureTiers(cli: string, minutes: {twoTier: number; full: number}): Promise<TiersResult> {
	return withScenarioFile('tiers', scenario(), (file) =>
		// Speed 10: the running tasks' progress moves between polls, as on the night.
		withSimulatorProcess(cli, ['--scenario', file, '--speed', '10'], async (endpoint) => {
			const run = (mode: string, window: number) =>
				// With the heap flags cutwatch starts with (source/build/heap-flags.ts): their GC cost is part of the figure.
				runChild<TierResult>('./poll-tiers.ts', [endpoint, '--mode', mode, '--minutes', String(window)], process.env, heapFlags);
			const twoTier = await run('two-tier', minutes.twoTier);
			const full = await run('full', minutes.full);
			return {twoTier, full};
		}),
	);
}
