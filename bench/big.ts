// 50,000 tasks through the real binary: a simulator (in its own process) lists 50,000 snapshot imports, 10,000
// running and 40,000 finished, and `cutwatch --endpoint-url` (the npm command: its guard and the bundle) draws
// them on a 200×50 pseudo-terminal, `runs` times. Measures the resident memory of the cutwatch process once the
// frame with all of them is up, and the CPU and heap allocation of one poll cycle at that size
// (bench/poll-cycle.ts against the same scenario).
import type {ScenarioFile} from '../source/simulator/index.js';
import {heapFlags} from '../source/build/heap-flags.js';
import {runChild} from './child.js';
import {rssMb, spawnInPty, terminalEnv} from './pty.js';
import {simulatorEnv, withScenarioFile, withSimulatorProcess} from './simulator-process.js';
import {summarize, type Stat} from './stats.js';

export const bigTasks = 50_000;
const running = 10_000;

export function bigScenario(): ScenarioFile {
	return {
		name: 'bench: 50,000 snapshot imports',
		seed: 11,
		importSnapshots: Array.from({length: bigTasks}, (_, i) =>
			i < running ? {name: `server-${i}`, start: '-10m', duration: '48h'} : {name: `server-${i}`, start: '-3h', duration: '20m'},
		),
	};
}

export type BigResult = {
	rssMb: Stat;
	/** Spawn to the first frame showing a task (the first page of the first listing). */
	firstFrameMs: Stat;
	/** Spawn to the frame counting all 50,000. */
	allFrameMs: Stat;
	pollCycle?: {cpuMs: Stat; allocatedMb: Stat; tasks: number};
};

export async function measureBig(cli: string, options: {pollCycle: boolean; runs: number}): Promise<BigResult> {
	return withScenarioFile('big', bigScenario(), async (file) => {
		const result = await withSimulatorProcess(cli, ['--scenario', file], async (endpoint): Promise<BigResult> => {
			const rss: number[] = [];
			const first: number[] = [];
			const all: number[] = [];
			const env = simulatorEnv(terminalEnv());
			for (let run = 0; run < options.runs; run++) {
				const pty = spawnInPty([process.execPath, cli, '--endpoint-url', endpoint, '--region', 'us-east-1'], {columns: 200, rows: 50, env});
				try {
					const firstAt = await pty.waitFor('server-', 120_000);
					// The header counts every task: the frame showing the 40,000 finished ones shows all 50,000.
					const shownAt = await pty.waitFor((bigTasks - running).toLocaleString('en-US'), 120_000);
					rss.push(rssMb(pty.pid()));
					first.push(firstAt - pty.spawnedAt);
					all.push(shownAt - pty.spawnedAt);
				} finally {
					await pty.stop();
				}
			}
			return {rssMb: summarize(rss), firstFrameMs: summarize(first), allFrameMs: summarize(all)};
		});
		if (!options.pollCycle) return result;
		// poll-cycle.ts starts its own simulator on the same scenario.
		const pollCycle = await runChild<{cpuMs: Stat; allocatedMb: Stat; tasks: number}>(
			'./poll-cycle.ts',
			[cli, '--runs', '3', '--warm-up', '1', '--scenario', file],
			process.env,
			heapFlags,
		);
		return {...result, pollCycle};
	});
}
