// A demo session (embedded simulator, the real SDK clients over loopback, the real poller and store) driven by a
// hand-turned clock, with what fault tests need on top: per-source views of the store, request counts that
// survive a simulator restart, and stopping/starting the simulator on its own port (connection refused).
import {openSession, type Session, type SessionOptions} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import type {TaskKind} from '../../source/model/task.js';
import type {SourceState, TrackedTask} from '../../source/store/index.js';
import {startSimulator, type OperationName, type Simulator} from '../../source/simulator/index.js';
import {sourceInfo} from '../../source/sources/index.js';
import {createManualTimers, type ManualTimers} from '../helpers/manual-timers.js';

export type FaultSession = Session & {
	timers: ManualTimers;
	/** The simulator now listening (a new one after startAgain()). */
	sim(): Simulator;
	/** Requests the simulators received for this kind's operation, across restarts. */
	requests(kind: TaskKind): number;
	/** How often the poller asked this kind's target to renew its credentials. */
	renewals(kind: TaskKind): number;
	source(kind: TaskKind): SourceState;
	tasks(kind: TaskKind): ReadonlyMap<string, TrackedTask>;
	/** Closes the simulator: nothing listens on the port, so every request is refused. */
	stopSimulator(): Promise<void>;
	/** A new simulator on the same port, same scenario, seed and speed. */
	startAgain(): Promise<void>;
	/** Fires the next due poll and waits until every request it started has been answered (or timed out). */
	tick(): Promise<void>;
	/** Fires every poll due until `until` (epoch ms on the manual clock), then sets the clock to it. */
	runUntil(until: number, each?: () => void): Promise<void>;
	/** Ticks until `done()` or the clock passes `deadline`; true if done. */
	tickUntil(done: () => boolean, deadline: number, each?: () => void): Promise<boolean>;
};

export type FaultSessionOptions = Pick<SessionOptions, 'requestTimeoutMs' | 'attemptDeadlineMs'> & {speed?: number};

export const operationOf = (kind: TaskKind) => sourceInfo[kind].operation as OperationName;

/** Lets a fired poll reach its request (it awaits a concurrency slot first). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openFaultSession(options: FaultSessionOptions = {}): Promise<FaultSession> {
	const timers = createManualTimers(Date.now());
	const flags: Record<string, unknown> = {demo: true};
	if (options.speed !== undefined) flags['speed'] = String(options.speed);
	const config = parseConfig([], flags, false);
	// The clients as cutwatch builds them: the poller owns retrying, so nothing waits on the real clock.
	const session = await openSession(config, {
		timers,
		clock: timers.now,
		random: () => 0.5,
		requestTimeoutMs: options.requestTimeoutMs,
		attemptDeadlineMs: options.attemptDeadlineMs,
	});
	const first = session.simulator!;
	let current: Simulator | undefined = first;
	const retired: Simulator[] = [];
	const renewed = new Map<TaskKind, number>();
	for (const target of session.targets) {
		const renew = target.renewCredentials?.bind(target);
		target.renewCredentials = () => {
			renewed.set(target.kind, (renewed.get(target.kind) ?? 0) + 1);
			renew?.();
		};
	}
	const sourceOf = (kind: TaskKind) => {
		const source = [...session.store.getState().sources.values()].find((s) => s.kind === kind);
		if (!source) throw new Error(`no ${kind} source registered`);
		return source;
	};
	const tick = async () => {
		timers.next();
		await settle();
		await session.poller.idle();
	};
	const closeSession = session.close.bind(session);
	return Object.assign(session, {
		timers,
		sim() {
			if (!current) throw new Error('the simulator is stopped');
			return current;
		},
		requests: (kind: TaskKind) => [...retired, ...(current ? [current] : [])].reduce((sum, sim) => sum + (sim.counts()[operationOf(kind)] ?? 0), 0),
		renewals: (kind: TaskKind) => renewed.get(kind) ?? 0,
		source: sourceOf,
		tasks: (kind: TaskKind) => session.store.getState().tasks[kind],
		async stopSimulator() {
			if (!current) return;
			retired.push(current);
			await current.close();
			current = undefined;
		},
		async startAgain() {
			if (current) throw new Error('the simulator is running');
			current = await startSimulator({port: first.port, speed: first.speed, seed: first.seed, scenario: first.scenario, clock: timers.now});
		},
		tick,
		async runUntil(until: number, each?: () => void) {
			for (;;) {
				const next = timers.delays()[0];
				if (next === undefined || timers.now() + next > until) break;
				await tick();
				each?.();
			}
			if (until > timers.now()) timers.advance(until - timers.now());
		},
		async tickUntil(done: () => boolean, deadline: number, each?: () => void) {
			while (!done()) {
				const next = timers.delays()[0];
				if (next === undefined || timers.now() + next > deadline) return false;
				await tick();
				each?.();
			}
			return true;
		},
		async close() {
			await closeSession();
			await current?.close();
		},
	});
}
