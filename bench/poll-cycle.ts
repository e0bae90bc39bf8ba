// CPU of one poll cycle: the four operations polled once each through the real session (SDK clients, paging,
// normalising, the store), against a simulator in another process (the demo cutover, or --scenario FILE), so
// only cutwatch's own CPU is counted (process.cpuUsage over pollOnce). Warmed up first: a long-running monitor
// pays module loading and JIT compilation once. allocatedMb: what a cycle allocates on the JS heap (what the
// garbage collections of the cycle freed, plus what it left), from V8's GC profiler.
// Prints one JSON line: {"cpuMs": Stat, "allocatedMb": Stat, "tasks": number}.
// Run alone: node --import tsx bench/poll-cycle.ts <path to dist/main.js> [--runs N] [--warm-up N] [--scenario FILE]
import process from 'node:process';
import {GCProfiler, getHeapStatistics} from 'node:v8';
import {openSession} from '../source/session/session.js';
import {parseConfig} from '../source/cli/config.js';
import {taskKinds} from '../source/model/task.js';
import {argOption, throwIfFailing, useSimulatorCredentials} from './manual-session.js';
import {withSimulatorProcess} from './simulator-process.js';
import {summarize} from './stats.js';

const [cli] = process.argv.slice(2);
if (cli === undefined) throw new Error('usage: poll-cycle.ts <dist/main.js> [--runs N]');
const runs = Number(argOption('--runs') ?? 15);
const warmUp = Number(argOption('--warm-up') ?? 5);
const scenario = argOption('--scenario');

await withSimulatorProcess(cli, scenario === undefined ? [] : ['--scenario', scenario], async (endpoint) => {
	// The simulator's keys, from the environment as any user's would come; no AWS configuration is read.
	useSimulatorCredentials();
	const config = parseConfig([], {endpointUrl: endpoint, region: 'us-east-1', watch: true}, false);
	const session = await openSession(config);
	try {
		const samples: number[] = [];
		const allocated: number[] = [];
		for (let run = 0; run < warmUp + runs; run++) {
			const profiler = new GCProfiler();
			const heapBefore = getHeapStatistics().used_heap_size;
			profiler.start();
			const before = process.cpuUsage();
			await session.poller.pollOnce();
			const used = process.cpuUsage(before);
			const collections = profiler.stop()?.statistics ?? [];
			const freed = collections.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
			if (run >= warmUp) {
				samples.push((used.user + used.system) / 1000);
				allocated.push((getHeapStatistics().used_heap_size - heapBefore + freed) / 2 ** 20);
			}
		}
		throwIfFailing(session);
		const state = session.store.getState();
		const tasks = taskKinds.reduce((sum, kind) => sum + state.tasks[kind].size, 0);
		process.stdout.write(`${JSON.stringify({cpuMs: summarize(samples), allocatedMb: summarize(allocated), tasks})}\n`);
	} finally {
		await session.close();
	}
});
