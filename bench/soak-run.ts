// The soak: cutwatch's real data plane (session wiring, SDK clients over loopback, poller, store) against the
// simulator playing a generated scenario of thousands of tasks at high speed, with faults switching on and off,
// on a manual clock so a day of polling runs in seconds. What must hold, at every checkpoint:
// - the event log stays within its limit and every task's progress history within its own;
// - the tasks cutwatch tracks stay within what the API listed recently (its gone-task retention), computed from
//   the scenario itself, so a store that never forgets fails;
// - retained heap stops growing once the run is in its steady state;
// - no unhandled rejection and no process warning (e.g. abort listeners piling up on one signal).
// Used by `bench/soak.ts` (long, printed) and `test/faults/soak.test.ts` (short, asserted).
import process from 'node:process';
import {openSession, type Session} from '../source/session/session.js';
import {parseConfig} from '../source/cli/config.js';
import type {TaskKind} from '../source/model/task.js';
import {taskKinds} from '../source/model/task.js';
import {defaultSchedule} from '../source/poller/schedule.js';
import {generateScenario, startSimulator, type FaultTargetName, type Fault, type Scenario, type Simulator} from '../source/simulator/index.js';
import {createManualTimers} from '../test/helpers/manual-timers.js';
import {readFileSync, statSync} from 'node:fs';
import {runSelection} from '../source/cli/journal-selection.js';
import {openJournal, type OpenedJournal} from '../source/journal/open.js';
import {sampleEveryMs, samplePercent, seenEveryMs} from '../source/journal/write.js';
import {sourceKey} from '../source/store/index.js';

export type SoakOptions = {
	tasks: number;
	/** Simulated time the run covers. */
	simulatedHours: number;
	/** Simulated ms per wall-clock ms. */
	speed: number;
	seed?: number;
	/** How long finished tasks stay in the API listings (simulated ms); store tasks count it from their start. */
	apiRetentionMs: number;
	/** cutwatch's own retention of tasks gone from the API (wall-clock ms on the manual clock). */
	goneRetentionMs: number;
	/** Each fault phase lasts this long (wall ms), with a healthy phase between two faults. */
	phaseMs: number;
	/** Phases cycle through these; `undefined` entries are skipped (see defaultFaultPhases). */
	faultPhases?: ReadonlyArray<FaultPhase>;
	checkpoints: number;
	requestTimeoutMs: number;
	/** A full garbage collection, so heap figures are what is retained. */
	gc: () => void;
	/** Journal every event to this file (--log), as a long cutover would. */
	journalPath?: string;
	log?: (line: string) => void;
};

export type FaultPhase = {name: string; faults: Partial<Record<FaultTargetName, Fault>>};

export const defaultFaultPhases: readonly FaultPhase[] = [
	{name: 'half of all requests throttled', faults: {'*': {kind: 'throttle', probability: 0.5}}},
	{name: 'import 500s, export denied', faults: {import: {kind: 'error500'}, export: {kind: 'denied'}}},
	{name: 'discovery expired, store malformed', faults: {discovery: {kind: 'expired'}, store: {kind: 'malformed'}}},
	{name: 'everything 20 ms late, store throttled', faults: {'*': {kind: 'latency', ms: 20}, store: {kind: 'throttle'}}},
	{name: 'discovery home region unset, import expired', faults: {discovery: {kind: 'home-region'}, import: {kind: 'expired'}}},
];

/** `cutwatch.hang`: only where a real-time request timeout per poll is affordable (the long soak). */
export const hangPhase: FaultPhase = {name: 'export hangs', faults: {export: {kind: 'hang'}}};

export type Checkpoint = {
	simulatedHours: number;
	heapBytes: number;
	rssBytes: number;
	events: number;
	tracked: number;
	trackedBound: number;
	listedNow: number;
	samples: number;
	maxSamplesPerTask: number;
	requests: number;
	phase: string;
	/** The journal's size on disk (0 without one). */
	journalBytes: number;
};

export type SoakResult = {
	scenario: {tasks: number; name: string};
	start: {heapBytes: number; rssBytes: number};
	checkpoints: Checkpoint[];
	eventsTotal: number;
	eventLimit: number;
	historyLimit: number;
	problems: string[];
	realMs: number;
	/** Lines by record type at the end, and what the writer's sampling rule allows (see journalBound). */
	journal?: {lines: Record<string, number>; sampleBound: number; seenBound: number; bytes: number} | undefined;
};

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const hour = 3_600_000;

/** The end of a task's listing window, in simulated ms (simulator/protocol/task-views.ts: stores count from the start). */
function listedUntil(kind: TaskKind, startMs: number, durationMs: number, retention: number): number {
	return kind === 'store-image' ? startMs + retention : startMs + durationMs + 30_000 + retention;
}

function listingWindows(scenario: Scenario): Array<{kind: TaskKind; from: number; until: number}> {
	const r = scenario.retention;
	return [
		...scenario.importSnapshots.map((t) => ({
			kind: 'import-snapshot' as const,
			from: t.startMs,
			until: listedUntil('import-snapshot', t.startMs, t.durationMs, r.importSnapshotMs),
		})),
		...scenario.imageExports.map((t) => ({
			kind: 'export-image' as const,
			from: t.startMs,
			until: listedUntil('export-image', t.startMs, t.durationMs, r.imageExportMs),
		})),
		...scenario.storeImageTasks.map((t) => ({
			kind: 'store-image' as const,
			from: t.startMs,
			until: listedUntil('store-image', t.startMs, t.durationMs, r.storeImageMs),
		})),
		...scenario.discoveryImports.map((t) => ({
			kind: 'discovery-import' as const,
			from: t.startMs,
			until: listedUntil('discovery-import', t.startMs, t.durationMs, r.discoveryImportMs),
		})),
	];
}

/** Demo-style keys that never reach AWS: the session reads them from the environment like any user's. */
function useSimulatorCredentials() {
	for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
	Object.assign(process.env, {
		AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
		AWS_SECRET_ACCESS_KEY: 'simulator-secret',
		AWS_CONFIG_FILE: '/nonexistent/config',
		AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
		AWS_EC2_METADATA_DISABLED: 'true',
	});
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
	const log = options.log ?? (() => {});
	const realStart = performance.now();
	const problems: string[] = [];
	const onRejection = (reason: unknown) => problems.push(`unhandled rejection: ${String(reason)}`);
	const onWarning = (warning: Error) => problems.push(`process warning: ${warning.name}: ${warning.message}`);
	process.on('unhandledRejection', onRejection);
	process.on('warning', onWarning);

	useSimulatorCredentials();
	const spanMs = options.simulatedHours * hour;
	const scenario = generateScenario({
		seed: options.seed ?? 7,
		tasks: options.tasks,
		spanMs,
		retention: {
			importSnapshotMs: options.apiRetentionMs,
			imageExportMs: options.apiRetentionMs,
			discoveryImportMs: options.apiRetentionMs,
			// Counted from the start: it must outlast the longest store task (an hour).
			storeImageMs: Math.max(options.apiRetentionMs, 2 * hour),
		},
	});
	const windows = listingWindows(scenario);

	options.gc();
	const start = {heapBytes: process.memoryUsage().heapUsed, rssBytes: process.memoryUsage().rss};

	const timers = createManualTimers(Date.UTC(2026, 10, 23, 12));
	let simulator: Simulator | undefined;
	let session: Session | undefined;
	let journal: OpenedJournal | undefined;
	const checkpoints: Checkpoint[] = [];
	try {
		simulator = await startSimulator({scenario, speed: options.speed, seed: options.seed ?? 7, clock: timers.now, requestLogCapacity: 1_000});
		const config = parseConfig([], {endpointUrl: simulator.endpoint, region: 'us-east-1', watch: true}, false);
		session = await openSession(config, {
			timers,
			random: mulberry32(options.seed ?? 7),
			requestTimeoutMs: options.requestTimeoutMs,
			store: {goneRetentionMs: options.goneRetentionMs},
		});
		const {store, poller} = session;
		if (options.journalPath) {
			journal = await openJournal(options.journalPath, store, {
				sources: new Set(session.targets.map((target) => sourceKey(target.kind, target.scope))),
				selection: runSelection(config, session.regions, session.discoveryRegion),
				required: true,
				restore: false,
				now: timers.now,
			});
		}
		const wallMs = spanMs / options.speed;
		const t0 = timers.now();
		const phases = options.faultPhases ?? defaultFaultPhases;
		// A source may go unseen for a whole fault phase plus one retry interval; what left the listing meanwhile
		// is noticed at the next success and then kept goneRetentionMs.
		const lookbackSimMs = (options.goneRetentionMs + options.phaseMs + 2 * defaultSchedule.idleMs) * options.speed;
		const everyMs = wallMs / options.checkpoints;
		let phaseName = 'healthy';

		const applyPhase = (index: number) => {
			simulator!.clearFaults();
			// Even phases are healthy; odd ones cycle through the fault list.
			const phase = index % 2 === 1 ? phases[((index - 1) / 2) % phases.length] : undefined;
			for (const [target, fault] of Object.entries(phase?.faults ?? {})) simulator!.setFault(target as FaultTargetName, fault);
			phaseName = phase?.name ?? 'healthy';
		};

		const checkpoint = () => {
			options.gc();
			const memory = process.memoryUsage();
			const state = store.getState();
			let tracked = 0;
			let samples = 0;
			let maxSamples = 0;
			for (const kind of taskKinds) {
				for (const task of state.tasks[kind].values()) {
					tracked++;
					samples += task.history.length;
					maxSamples = Math.max(maxSamples, task.history.length);
				}
			}
			const simNow = simulator!.simulatedMs();
			const trackedBound = windows.filter((w) => w.from <= simNow && w.until >= simNow - lookbackSimMs).length;
			const listedNow = windows.filter((w) => w.from <= simNow && w.until >= simNow).length;
			const requests = Object.values(simulator!.counts()).reduce((a, b) => a + b, 0);
			const point: Checkpoint = {
				simulatedHours: simNow / hour,
				heapBytes: memory.heapUsed,
				rssBytes: memory.rss,
				events: state.events.length,
				tracked,
				trackedBound,
				listedNow,
				samples,
				maxSamplesPerTask: maxSamples,
				requests,
				phase: phaseName,
				journalBytes: options.journalPath ? statSync(options.journalPath).size : 0,
			};
			checkpoints.push(point);
			log(
				`${point.simulatedHours.toFixed(1).padStart(5)} h  heap ${mib(point.heapBytes).padStart(10)}  rss ${mib(point.rssBytes).padStart(10)}  ` +
					`events ${String(point.events).padStart(5)}  tracked ${String(tracked).padStart(5)} (bound ${trackedBound}, listed ${listedNow})  ` +
					`samples ${String(samples).padStart(6)} (max ${maxSamples}/task)  requests ${requests}` +
					(options.journalPath ? `  journal ${mib(point.journalBytes)}` : '') +
					`  [${phaseName}]`,
			);
		};

		poller.start();
		await settle();
		await poller.idle();
		let phaseIndex = 0;
		let nextPhaseAt = t0 + options.phaseMs;
		let nextCheckpointAt = t0 + everyMs;
		while (timers.now() < t0 + wallMs) {
			const due = timers.delays()[0];
			const nextTimerAt = due === undefined ? Number.POSITIVE_INFINITY : timers.now() + due;
			const milestone = Math.min(nextPhaseAt, nextCheckpointAt);
			if (nextTimerAt <= milestone) {
				timers.next();
				await settle();
				await poller.idle();
				continue;
			}
			timers.advance(milestone - timers.now());
			if (milestone === nextPhaseAt) {
				applyPhase(++phaseIndex);
				nextPhaseAt += options.phaseMs;
			}
			if (milestone === nextCheckpointAt) {
				checkpoint();
				nextCheckpointAt += everyMs;
			}
		}
		const state = store.getState();
		journal?.close({exitCode: 0, done: false});
		journal = undefined;
		return {
			journal: options.journalPath ? journalBound(options.journalPath, scenario, options.speed, wallMs, session.targets.length) : undefined,
			scenario: {tasks: options.tasks, name: scenario.name},
			start,
			checkpoints,
			eventsTotal: state.nextSeq - 1,
			eventLimit: state.config.eventLimit,
			historyLimit: state.config.historyLimit,
			problems,
			realMs: performance.now() - realStart,
		};
	} finally {
		journal?.close({exitCode: null, done: false});
		await session?.close();
		await simulator?.close();
		process.off('unhandledRejection', onRejection);
		process.off('warning', onWarning);
	}
}

/**
 * The journal's lines by type, and what the writer may write: per task at most one sample per samplePercent
 * points (plus one after a restart of progress) or per sampleEveryMs of its run (wall time on the manual
 * clock, from the scenario's durations), plus the last one at a clean exit; one "seen" per source per minute.
 */
function journalBound(path: string, scenario: Scenario, speed: number, wallMs: number, sources: number) {
	const lines: Record<string, number> = {};
	const text = readFileSync(path, 'utf8');
	for (const line of text.split('\n')) {
		if (line === '') continue;
		const rec = (JSON.parse(line) as {rec?: string}).rec ?? 'event';
		lines[rec] = (lines[rec] ?? 0) + 1;
	}
	const all = [...scenario.importSnapshots, ...scenario.imageExports, ...scenario.storeImageTasks, ...scenario.discoveryImports];
	const perTask = 100 / samplePercent + 3;
	const sampleBound = all.reduce((sum, task) => sum + perTask + Math.ceil(task.durationMs / speed / sampleEveryMs), 0);
	const seenBound = sources * Math.ceil(wallMs / seenEveryMs + 1);
	return {lines, sampleBound, seenBound, bytes: Buffer.byteLength(text)};
}

/** Lets a fired poll reach its request (it awaits a concurrency slot first). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function mulberry32(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

export type Bounds = {
	/** Retained heap at the end may exceed the steady-state reference (the checkpoint at `steadyFrom`) by this factor. */
	heapGrowth: number;
	/** …plus this much, for the noise of a shared heap. */
	heapSlackBytes: number;
	/** RSS at the end may exceed RSS at the steady-state reference by at most this much. */
	rssGrowthBytes: number;
	/** Fraction of the run after which the state is steady (gone tasks are being dropped). */
	steadyFrom: number;
};

/** Every bound the soak states, checked; returns the violations (empty: pass). */
export function checkBounds(result: SoakResult, bounds: Bounds): string[] {
	const violations = [...result.problems];
	const points = result.checkpoints;
	if (points.length < 2) return [...violations, `only ${points.length} checkpoints`];
	for (const point of points) {
		const at = `${point.simulatedHours.toFixed(1)} h`;
		if (point.events > result.eventLimit) violations.push(`${at}: ${point.events} events > limit ${result.eventLimit}`);
		if (point.maxSamplesPerTask > result.historyLimit) violations.push(`${at}: ${point.maxSamplesPerTask} samples on one task > ${result.historyLimit}`);
		if (point.samples > point.tracked * result.historyLimit)
			violations.push(`${at}: ${point.samples} samples > ${result.historyLimit} × ${point.tracked} tracked`);
		if (point.tracked > point.trackedBound) violations.push(`${at}: ${point.tracked} tracked tasks > ${point.trackedBound} listed within the retention window`);
	}
	const reference = points[Math.min(points.length - 1, Math.floor(points.length * bounds.steadyFrom))]!;
	const end = points.at(-1)!;
	const heapLimit = reference.heapBytes * bounds.heapGrowth + bounds.heapSlackBytes;
	if (end.heapBytes > heapLimit) {
		violations.push(
			`retained heap grew from ${mib(reference.heapBytes)} (${reference.simulatedHours.toFixed(1)} h) to ${mib(end.heapBytes)}, limit ${mib(heapLimit)}`,
		);
	}
	if (end.rssBytes - reference.rssBytes > bounds.rssGrowthBytes) {
		violations.push(
			`RSS grew from ${mib(reference.rssBytes)} (${reference.simulatedHours.toFixed(1)} h) to ${mib(end.rssBytes)}, limit +${mib(bounds.rssGrowthBytes)}`,
		);
	}
	if (result.eventsTotal <= result.eventLimit)
		violations.push(`only ${result.eventsTotal} events: the run never filled the log, so it proves nothing about it`);
	if (end.tracked === 0) violations.push('nothing tracked at the end');
	const journal = result.journal;
	if (journal) {
		if ((journal.lines['sample'] ?? 0) > journal.sampleBound) violations.push(`journal: ${journal.lines['sample']} samples > bound ${journal.sampleBound}`);
		if ((journal.lines['seen'] ?? 0) > journal.seenBound) violations.push(`journal: ${journal.lines['seen']} seen marks > bound ${journal.seenBound}`);
		if ((journal.lines['event'] ?? 0) !== result.eventsTotal)
			violations.push(`journal: ${journal.lines['event'] ?? 0} event lines for ${result.eventsTotal} events`);
	}
	return violations;
}

export function summary(result: SoakResult, bounds: Bounds): string[] {
	const end = result.checkpoints.at(-1)!;
	return [
		`scenario: ${result.scenario.name}; ${result.checkpoints.length} checkpoints; ${(result.realMs / 1000).toFixed(1)} s real`,
		`heap: start ${mib(result.start.heapBytes)}, end ${mib(end.heapBytes)} (bound: ${bounds.heapGrowth}× the ${Math.round(bounds.steadyFrom * 100)} % checkpoint + ${mib(bounds.heapSlackBytes)})`,
		`rss:  start ${mib(result.start.rssBytes)}, end ${mib(end.rssBytes)} (bound: the ${Math.round(bounds.steadyFrom * 100)} % checkpoint + ${mib(bounds.rssGrowthBytes)})`,
		`event log: ${end.events} kept of ${result.eventsTotal} (bound ${result.eventLimit})`,
		`tracked tasks: ${end.tracked} (bound ${end.trackedBound}: listed by the API within cutwatch's gone retention; ${end.listedNow} listed now)`,
		`history samples: ${end.samples}, at most ${end.maxSamplesPerTask} per task (bound ${result.historyLimit} per task)`,
		`requests: ${end.requests}`,
		...(result.journal
			? [
					`journal: ${mib(result.journal.bytes)}; lines ${Object.entries(result.journal.lines)
						.map(([rec, n]) => `${rec} ${n}`)
						.join(', ')}; ` +
						`samples bound ${result.journal.sampleBound}, seen bound ${result.journal.seenBound}; ${Math.round(result.journal.bytes / Math.max(1, result.eventsTotal))} B per event`,
					`journal at each checkpoint: ${result.checkpoints.map((point) => `${point.simulatedHours.toFixed(1)} h ${mib(point.journalBytes)}`).join(', ')}`,
				]
			: []),
	];
}
