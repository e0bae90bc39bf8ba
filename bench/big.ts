// 50,000 tasks through the real binary: a simulator (in its own process) lists 50,000 snapshot imports, 10,000
// running and 40,000 finished, and `cutwatch --endpoint-url` draws them on a 200×50 pseudo-terminal. Measures
// the resident memory of the cutwatch process once the frame with all of them is up, and the CPU of one poll
// cycle at that size (bench/poll-cycle.ts against the same simulator).
import type {ScenarioFile} from '../source/simulator/index.js';
import {runChild} from './child.js';
import {rssMb, spawnInPty, terminalEnv} from './pty.js';
import {simulatorEnv, withScenarioFile, withSimulatorProcess} from './simulator-process.js';
import type {Stat} from './stats.js';

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
	rssMb: number;
	/** Spawn to the first frame showing a task (the first page of the first listing). */
	firstFrameMs: number;
	/** Spawn to the frame counting all 50,000. */
	allFrameMs: number;
	pollCycle?: {cpuMs: Stat; tasks: number};
};

export async function measureBig(cli: string, options: {pollCycle: boolean}): Promise<BigResult> {
	return withScenarioFile('big', bigScenario(), async (file) => {
		const result = await withSimulatorProcess(cli, ['--scenario', file], async (endpoint): Promise<BigResult> => {
			const env = simulatorEnv(terminalEnv());
			const pty = spawnInPty([process.execPath, cli, '--endpoint-url', endpoint, '--region', 'us-east-1'], {columns: 200, rows: 50, env});
			try {
				const firstAt = await pty.waitFor('server-', 120_000);
				// The header counts every task: the frame showing the 40,000 finished ones shows all 50,000.
				const shownAt = await pty.waitFor((bigTasks - running).toLocaleString('en-US'), 120_000);
				return {rssMb: rssMb(pty.pid()), firstFrameMs: firstAt - pty.spawnedAt, allFrameMs: shownAt - pty.spawnedAt};
			} finally {
				await pty.stop();
			}
		});
		if (!options.pollCycle) return result;
		// poll-cycle.ts starts its own simulator on the same scenario.
		const pollCycle = await runChild<{cpuMs: Stat; tasks: number}>('./poll-cycle.ts', [cli, '--runs', '3', '--warm-up', '1', '--scenario', file], process.env);
		return {...result, pollCycle};
	});
}
