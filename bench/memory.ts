// `npm run bench -- --only memory`: the two memory figures of issue 16 alone, as the full run measures them:
// rss_mb, the npm command (guard and bundle, dist/bin.cjs) right after its frame with 50,000 tasks, and
// rss_mb_idle, the same command at the end of an idle window on a finished cutover; rss_mb_idle_unbundled is
// tsc's per-file dist/main.js in the same window, for comparison.
import {measureBig} from './big.js';
import {costBudgets} from './cost-figures.js';
import {measureIdleCpu} from './idle-cpu.js';
import {machine, type Figure, type Report} from './report.js';
import {summarize, type Stat} from './stats.js';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const figure = (stat: Stat, budget: number | null = null): Figure => ({...stat, unit: 'MiB', budget});

export async function measureMemory(cli: string, unbundled: string, quick: boolean): Promise<Report> {
	const runs = quick ? 3 : 5;
	log(`50,000 tasks through the npm command, ${runs} runs`);
	const big = await measureBig(cli, {pollCycle: false, runs});
	const windowMs = quick ? 10_000 : 60_000;
	const idleRuns = quick ? 1 : 3;
	const idle: number[] = [];
	for (let run = 0; run < idleRuns; run++) {
		log(`idle memory over ${windowMs / 1000} s, run ${run + 1} of ${idleRuns}`);
		idle.push((await measureIdleCpu([process.execPath, cli], cli, windowMs, windowMs)).rssMb);
	}
	log(`idle memory of the unbundled baseline over ${windowMs / 1000} s`);
	const idleUnbundled = await measureIdleCpu([process.execPath, unbundled], cli, windowMs, windowMs);
	return {
		machine: machine(),
		figures: {
			rss_mb: figure(big.rssMb, costBudgets.rss_mb),
			rss_mb_idle: figure(summarize(idle), costBudgets.rss_mb_idle),
			rss_mb_idle_unbundled: figure(summarize([idleUnbundled.rssMb])),
		},
		notes: [
			`rss_mb: \`node dist/bin.cjs --endpoint-url …\` on a 200×50 pseudo-terminal right after the frame counting 50,000 snapshot imports (10,000 running), simulator in another process; ${runs} runs. rss_mb_idle: the same command ${windowMs / 1000} s into watching a finished cutover (95 tasks, 10 s after its first frame), ${idleRuns} run(s); rss_mb_idle_unbundled: dist/main.js, one run.`,
		],
	};
}
