// The soak: cutwatch's real data plane (session wiring, SDK clients over loopback, poller, store) against the
// simulator playing a generated scenario of thousands of tasks at high speed, with faults switching on and off,
// on a manual clock so a day of polling runs in seconds. What must hold, at every checkpoint:
// - the event log stays within its limit and every task's progress history within its own;
// - the tasks cutwatch tracks stay within what the API listed recently (its gone-task retention), computed from
//   the scenario itself, so a store that never forgets fails;
// - retained heap stops growing once the run is in its steady state;
// - no unhandled rejection and no process warning (e.g. abort listeners piling up on one signal).
// Used by `bench/soak.ts` (long, printed) and `test/faults/soak.test.ts` (short, asserted).
import {statSync} from 'node:fs';
import process from 'node:process';
import {runSelection} from '../source/cli/journal-selection.js';
import {openJournal, type OpenedJournal} from '../source/journal/open.js';
import {taskKinds} from '../source/model/task.js';
import {defaultSchedule} from '../source/poller/schedule.js';
import type {Session} from '../source/session/session.js';
import {generateScenario, startSimulator, type FaultTargetName, type Simulator} from '../source/simulator/index.js';
import {sourceKey} from '../source/store/index.js';
import {createManualTimers} from '../test/helpers/manual-timers.js';
import {openManualSession, settle, useSimulatorCredentials} from './manual-session.js';
import {journalBound} from './soak-journal.js';
import {listedWithin, listingWindows} from './soak-listing.js';
import {defaultFaultPhases, phaseAt, type FaultPhase} from './soak-phases.js';
import {mib, type Checkpoint, type SoakResult} from './soak-result.js';

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

const hour = 3_600_000;

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
		const opened = await openManualSession(
			simulator.endpoint,
			{region: 'us-east-1'},
			{random: mulberry32(options.seed ?? 7), requestTimeoutMs: options.requestTimeoutMs, store: {goneRetentionMs: options.goneRetentionMs}},
			timers,
		);
		session = opened.session;
		const config = opened.config;
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
			const phase = phaseAt(index, phases);
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
			const trackedBound = listedWithin(windows, simNow, lookbackSimMs);
			const listedNow = listedWithin(windows, simNow, 0);
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

function mulberry32(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}
