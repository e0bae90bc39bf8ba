// The two-tier polling figures: poll CPU and requests per minute at 50,000 tasks with 500 running, two-tier
// (the default) and listing in full at every poll (before), against one simulator in its own process.
import {rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {ScenarioFile} from '../source/simulator/scenario-file-format.js';
import {heapFlags} from '../source/build/heap-flags.js';
import {runChild} from './child.js';
import type {TierResult} from './poll-tiers.js';
import {startSimulatorProcess} from './simulator-process.js';

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
	const file = join(tmpdir(), `cutwatch-bench-tiers-${process.pid}.json`);
	writeFileSync(file, JSON.stringify(scenario()));
	try {
		// Speed 10: the running tasks' progress moves between polls, as on the night.
		const simulator = await startSimulatorProcess(cli, ['--scenario', file, '--speed', '10']);
		try {
			const run = (mode: string, window: number) =>
				// With the heap flags cutwatch starts with (source/build/heap-flags.ts): their GC cost is part of the figure.
				runChild<TierResult>('./poll-tiers.ts', [simulator.endpoint, '--mode', mode, '--minutes', String(window)], process.env, heapFlags);
			const twoTier = await run('two-tier', minutes.twoTier);
			const full = await run('full', minutes.full);
			return {twoTier, full};
		} finally {
			simulator.stop();
		}
	} finally {
		rmSync(file, {force: true});
	}
}
