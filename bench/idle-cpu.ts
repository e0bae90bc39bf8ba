// Idle CPU: cutwatch on a 200×50 pseudo-terminal watching a cutover that finished hours ago, so no task moves,
// against a simulator in another process (its CPU is not cutwatch's, as AWS's would not be). What still runs:
// each source polls every 60 s (±10 %, the idle rate) and the screen's minute clock ticks. The window starts
// 10 s after the first frame with data, so a 60 s window holds one poll of each source and one tick: one
// representative idle minute. CPU (user + system, every thread) comes from /proc.
import type {ScenarioFile} from '../source/simulator/index.js';
import {cpuMs, rssMb, spawnInPty, terminalEnv} from './pty.js';
import {requestCount, simulatorEnv, withScenarioFile, withSimulatorProcess} from './simulator-process.js';
import {summarize, type Stat} from './stats.js';

export type IdleResult = {
	/** Median: the whole window's average; min and max: the quietest and busiest slice. */
	cpuPercent: Stat;
	windowMs: number;
	sliceMs: number;
	/** Bytes written to the terminal during the window (minute-clock redraws and any poll that changed something). */
	bytes: number;
	/** AWS requests cutwatch made during the window. */
	requests: number;
	/** Resident memory at the end of the window: cutwatch with a screenful of tasks. */
	rssMb: number;
};

/** Every task finished one to three hours before the simulator starts: nothing moves, every source is idle. */
export function idleScenario(): ScenarioFile {
	const finished = (i: number) => ({start: `-${180 - i}m`, duration: '20m'});
	return {
		name: 'bench: a finished cutover (nothing moves)',
		seed: 7,
		importSnapshots: Array.from({length: 40}, (_, i) => ({name: `server-${String(i).padStart(2, '0')} root disk`, ...finished(i)})),
		imageExports: Array.from({length: 25}, (_, i) => finished(i)),
		storeImageTasks: Array.from({length: 25}, (_, i) => finished(i)),
		discoveryImports: Array.from({length: 5}, (_, i) => ({start: `-${300 - i * 30}m`, duration: '5m'})),
	};
}

/** `cli`: the argv that starts the cutwatch measured; `simulatorCli`: a JavaScript entry for the simulator process. */
export async function measureIdleCpu(cli: readonly string[], simulatorCli: string, windowMs: number, sliceMs: number): Promise<IdleResult> {
	return withScenarioFile('idle', idleScenario(), (file) =>
		withSimulatorProcess(simulatorCli, ['--scenario', file], async (endpoint) => {
			const env = simulatorEnv(terminalEnv());
			const pty = spawnInPty([...cli, '--endpoint-url', endpoint, '--region', 'us-east-1'], {columns: 200, rows: 50, env});
			try {
				await pty.waitFor('import-snap-', 30_000);
				await sleep(10_000);
				const pid = pty.pid();
				const slices: number[] = [];
				const bytesBefore = pty.bytes;
				const requestsBefore = await requestCount(endpoint);
				const start = performance.now();
				const cpuStart = cpuMs(pid);
				let cpu = cpuStart;
				let at = start;
				while (at - start < windowMs) {
					await sleep(Math.min(sliceMs, windowMs - (at - start)));
					const now = performance.now();
					const used = cpuMs(pid);
					slices.push((100 * (used - cpu)) / (now - at));
					cpu = used;
					at = now;
				}
				const whole = (100 * (cpu - cpuStart)) / (at - start);
				const {min, max} = summarize(slices);
				return {
					cpuPercent: {median: whole, min, max, runs: slices.length},
					windowMs: at - start,
					sliceMs,
					bytes: pty.bytes - bytesBefore,
					requests: (await requestCount(endpoint)) - requestsBefore,
					rssMb: rssMb(pid),
				};
			} finally {
				await pty.stop();
			}
		}),
	);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
