// `npm run bench`: every performance figure README.md "Performance" lists, measured in one run so that ratios hold on a noisy
// machine, printed as a table (or, with --json, one JSON object). Not a test: nothing here fails the build.
//   --json   one JSON object on stdout: {machine, figures: {name: {median, min, max, runs, unit, budget, ok}}, notes}
//   --quick  fewer runs, a 10 s idle window instead of 60 s, no 50,000-task poll cycle: a fast look
//   --only memory  rss_mb (5 runs) and rss_mb_idle (bundle and unbundled) alone, with their notes: a few minutes
// Needs a built CLI (npm run build: the bundle dist/cutwatch.mjs behind dist/bin.cjs, and tsc's per-file dist/main.js,
// the unbundled baseline) and util-linux `script` for the pseudo-terminal. Startup and idle memory are measured for
// the bundle and the baseline in the same run, and for the single executable too (built here, as `npm run package`
// does) where it can be built. Progress goes to stderr.
import {spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {arch} from 'node:os';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {findAwsCli, measureAwsCli, type AwsCliResult} from './aws-cli.js';
import {heapFlags} from '../source/build/heap-flags.js';
import {measureBig} from './big.js';
import {measureMemory} from './memory.js';
import {runChild} from './child.js';
import {measureIdleCpu} from './idle-cpu.js';
import {hasScript} from './pty.js';
import {machine, toJson, toTable, type Figure, type Report} from './report.js';
import type {ScreenReport} from './screen.js';
import {withSimulatorProcess} from './simulator-process.js';
import {costBudgets, fleetFigures, fleetNote, screenFigures, screenNote, tierFigures, tierNote} from './cost-figures.js';
import {measureFleet} from './fleet-run.js';
import {measureStartups} from './startup.js';
import {measureTiers} from './tiers.js';
import {ratio, single, summarize, type Stat} from './stats.js';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
// What users run: the Node version guard, which loads the bundle.
const cli = dist('bin.cjs');
const bundle = dist('cutwatch.mjs');
const unbundled = dist('main.js');
for (const file of [cli, bundle, unbundled]) {
	if (!existsSync(file)) {
		log(`${file} is missing: run \`npm run build\` first (npm run bench does)`);
		process.exit(2);
	}
}
if (!hasScript()) {
	log('util-linux `script` is needed to run cutwatch on a pseudo-terminal');
	process.exit(2);
}
if (process.argv.includes('--only')) {
	const only = process.argv[process.argv.indexOf('--only') + 1];
	if (only !== 'memory') {
		log(`--only takes \`memory\`, not ${only ?? 'nothing'}`);
		process.exit(2);
	}
	const report = await measureMemory(cli, unbundled, quick);
	process.stdout.write(`${json ? toJson(report) : toTable(report)}\n`);
	process.exit(0);
}
// The single executable, built here from the same source (about 15 s), so that its figure is never stale.
const executable = dist(`cutwatch-linux-${arch()}`);
log('building the single executable (npm run package)');
const packaged = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../source/build/single-executable.ts', import.meta.url))], {
	encoding: 'utf8',
});
const executableFresh = packaged.status === 0;
if (!executableFresh) log(`no single executable to measure: ${packaged.stderr.trim().split('\n').at(-1) ?? ''}`);
const runs = quick ? 7 : 15;

log('screen: frames with 100, 10,000 and 50,000 tasks, bytes per update');
const screen = await runChild<ScreenReport>('./screen.tsx', ['--runs', String(runs)], {...process.env, NODE_ENV: 'production'});
log('poll cycle against the simulator');
const poll = await runChild<{cpuMs: Stat; tasks: number}>('./poll-cycle.ts', [cli, '--runs', String(runs)], process.env, heapFlags);
log('two-tier polling at 50,000 tasks, and listing in full for comparison');
const tiers = await measureTiers(cli, quick ? {twoTier: 10, full: 1} : {twoTier: 10, full: 2});
log('fleet: 50 profiles × 4 regions in one process');
const fleet = await measureFleet(cli, quick ? 2 : 5);
log('journal replay');
const replay = await runChild<{msPer100k: Stat; events: number; bytes: number; rssMb: number; heapMb: number}>(
	'./replay.ts',
	['--events', quick ? '100000' : '200000', '--runs', String(quick ? 3 : 5)],
	process.env,
);
log(`startup on a pseudo-terminal: the bundle, the unbundled baseline${executableFresh ? ', the single executable' : ''}, run by run`);
const startupCommands = new Map<string, readonly string[]>([
	['bundle', [process.execPath, cli]],
	['unbundled', [process.execPath, unbundled]],
]);
if (executableFresh) startupCommands.set('executable', [executable]);
const startups = await measureStartups(startupCommands, quick ? 3 : 7);
const startup = startups.get('bundle')!;
const startupUnbundled = startups.get('unbundled')!;
const startupExecutable = startups.get('executable');
const idleWindowMs = quick ? 10_000 : 60_000;
const sliceMs = quick ? 2_000 : 10_000;
log(`idle CPU over ${idleWindowMs / 1000} s`);
const idle = await measureIdleCpu([process.execPath, cli], cli, idleWindowMs, sliceMs);
log(`idle memory of the unbundled baseline over ${idleWindowMs / 1000} s`);
const idleUnbundled = await measureIdleCpu([process.execPath, unbundled], cli, idleWindowMs, sliceMs);
log(`50,000 tasks through the binary${quick ? '' : ', and their poll cycle'}`);
const big = await measureBig(cli, {pollCycle: !quick, runs: quick ? 3 : 5});
const aws = findAwsCli();
let awsResult: AwsCliResult | undefined;
if (aws !== undefined) {
	log(`the AWS CLI for comparison (${aws})`);
	awsResult = await withSimulatorProcess(cli, [], (endpoint) => measureAwsCli(aws, endpoint, quick ? 1 : 3));
}

const figure = (stat: Stat, unit: string, budget: number | null = null, budgetText?: string): Figure => ({
	...stat,
	unit,
	budget,
	...(budgetText ? {budgetText} : {}),
});
const fullRepaint = summarize(screen.bytes.map((each) => each.fullRepaint));
const update = summarize(screen.bytes.map((each) => each.progressUpdate));
const updateBudget = Math.min(600, fullRepaint.median / 10);
const startupBudget = 0.65 * startupUnbundled.ms.median;

const figures: Record<string, Figure> = {
	...screenFigures(screen),
	...tierFigures(tiers),
	...fleetFigures(fleet),
	bytes_per_progress_update: figure(update, 'B', updateBudget, `≤ 600 B and ≤ repaint/10 (${Math.round(fullRepaint.median / 10)} B)`),
	bytes_full_repaint: figure(fullRepaint, 'B'),
	idle_cpu_percent: figure(idle.cpuPercent, '%', 0.5),
	poll_cycle_cpu_ms: figure(poll.cpuMs, 'ms', 50),
	startup_ms: figure(startup.ms, 'ms', startupBudget, `≤ 0.65 × unbundled (${Math.round(startupBudget)} ms)`),
	bundle_bytes: figure(single(statSync(bundle).size), 'B', 1_500_000),
	rss_mb: figure(big.rssMb, 'MiB', costBudgets.rss_mb),
	replay_ms_per_100k_events: figure(replay.msPer100k, 'ms'),
	// Context for the figures above, without a budget of their own.
	idle_bytes: figure(single(idle.bytes), 'B'),
	startup_ms_unbundled: figure(startupUnbundled.ms, 'ms'),
	startup_ratio: figure(ratio(startup.ms, startupUnbundled.ms), '×'),
	...(startupExecutable ? {startup_ms_single_executable: figure(startupExecutable.ms, 'ms')} : {}),
	rss_mb_idle: figure(single(idle.rssMb), 'MiB', costBudgets.rss_mb_idle),
	rss_mb_idle_unbundled: figure(single(idleUnbundled.rssMb), 'MiB'),
	first_frame_ms_50000: figure(big.firstFrameMs, 'ms', costBudgets.first_frame_ms_50000),
	all_tasks_frame_ms_50000: figure(big.allFrameMs, 'ms'),
	...(big.pollCycle
		? {poll_cycle_cpu_ms_50000: figure(big.pollCycle.cpuMs, 'ms'), poll_cycle_allocated_mb_50000: figure(big.pollCycle.allocatedMb, 'MiB')}
		: {}),
	...(awsResult ? {aws_cli_cpu_s: figure(awsResult.cpuSeconds, 's'), aws_cli_rss_mb: figure(awsResult.maxRssMb, 'MiB')} : {}),
};

const mode = startup.tui ? 'full-screen TUI' : 'LINE MODE: the CLI did not take the screen';
const notes = [
	screenNote,
	tierNote(tiers),
	fleetNote(fleet),
	`frame_ms: 200×50, four panes full (25 tasks in each of three panes, the rest snapshot imports), React ${screen.react} build as the CLI runs it; from the store change (a visible task's progress +1 %) to the frame's last write. key_frame_ms: a selection move (no selector recomputes). store_merge_ms / store_apply_ms: the store merging the 500-task answer / applying a 50,000-task listing, before the frame.`,
	'bytes: the same screen with 1,000 tasks, incremental rendering as runTui sets it up, the clock frozen within one minute; the repaint includes entering the alternate screen and the window title.',
	`idle: ${Math.round(idle.windowMs / 1000)} s of cutwatch (${mode}) watching a cutover that finished hours ago, from 10 s after its first frame, simulator in another process; sources poll every 60 s when idle and the minute clock ticks: ${idle.requests} requests in the window${quick ? '' : ' (one round: 4)'}; min/max are ${idle.sliceMs / 1000} s slices; idle_bytes were written in the window, rss_mb_idle is this process at its end (rss_mb_idle_unbundled: the same with tsc's per-file dist/main.js).`,
	`poll_cycle: the four operations once each through the real session, demo cutover (${poll.tasks} tasks), simulator in another process, after warm-up.`,
	`startup: spawn of \`node dist/bin.cjs --demo\` (the bundle, ${statSync(bundle).size.toLocaleString('en')} bytes, behind its Node version guard) under \`script\` to the first output showing a task id (${mode}); startup_ms_unbundled: the same with tsc's per-file dist/main.js, the build before the bundle, measured run by run with it${startupExecutable ? `; startup_ms_single_executable: dist/cutwatch-linux-${arch()}` : '; the single executable was not measured (it could not be built here)'}.`,
	`rss_mb: the cutwatch process (${mode}) right after its first frame with 50,000 tasks (10,000 running), polled from a simulator in another process; first_frame_ms_50000: spawn to the first frame showing a task (the first page), all_tasks_frame_ms_50000: to the frame counting all of them; poll_cycle_cpu_ms_50000: one poll cycle at that size, as poll_cycle.`,
	`replay: a synthetic cutwatch.log/v2 journal of ${replay.events.toLocaleString('en')} events (8,000 tasks, half a sample line per event, a seen mark per 100; ${(replay.bytes / 2 ** 20).toFixed(0)} MiB) read back by the streaming reader into the store's bounds; the reader's heap after it ${replay.heapMb.toFixed(0)} MiB, peak RSS ${replay.rssMb.toFixed(0)} MiB.`,
	...(awsResult
		? [
				`AWS CLI (${awsResult.version}): one \`${awsResult.command}\` process against the simulator costs ${awsResult.cpuSeconds.median.toFixed(2)} s of CPU and ${Math.round(awsResult.maxRssMb.median)} MiB; one cutwatch poll cycle of all four operations costs ${poll.cpuMs.median.toFixed(1)} ms.`,
			]
		: ['AWS CLI comparison skipped: no `aws` on PATH (or no /usr/bin/time).']),
];

const report: Report = {machine: machine(), figures, notes};
process.stdout.write(`${json ? toJson(report) : toTable(report)}\n`);
