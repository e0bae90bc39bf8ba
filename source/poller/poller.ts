// One self-scheduling loop per source (kind × account × region). The poller is the only writer of AWS data
// into the store; it never lets an error escape, never overlaps two requests of one source, and spends the
// account's API budget sparingly.
import type {Task, TaskKind, TaskScope} from '../model/task.js';
import type {CutwatchStore} from '../store/index.js';
import {sourceKey} from '../store/index.js';
import {classifyError, type ClassifiedError} from './classify-error.js';
import {defaultAttemptDeadlineMs, withDeadline} from './deadline.js';
import {answeredTasks, isPartial, type FetchResult} from './poll-plan.js';
import {defaultSchedule, delayAfterFailure, delayAfterSuccess, floorFor, type Schedule} from './schedule.js';
import {createSemaphore, defaultConcurrency} from './semaphore.js';
import {realTimers, type Timers} from './timers.js';

export type PollTarget = {
	kind: TaskKind;
	scope: TaskScope;
	/** IAM action named in access-denied hints. */
	iamAction: string;
	/** A full listing, or (two-tier polling, poll-plan.ts) a partial answer the store merges. */
	fetch(signal: AbortSignal): Promise<Task[] | FetchResult>;
	/** refreshNow() was asked for: the next fetch should list in full. */
	listNext?(): void;
	/** --check: asks AWS whether the caller may call this source, reading no data. Resolves if allowed, else throws the AWS error. */
	probe?(signal: AbortSignal): Promise<void>;
	/** Called after an expired-credentials error, before the next attempt. */
	renewCredentials?(): void;
	/** A problem known before any request (e.g. Discovery not offered in the region): never polled. */
	blocked?: ClassifiedError | undefined;
};

export type PollerOptions = {
	store: CutwatchStore;
	targets: readonly PollTarget[];
	schedule?: Schedule;
	maxConcurrent?: number;
	timers?: Timers;
	random?: () => number;
	/** How long one attempt (every page and reconnect) may take before it counts as timed out; default 20 s. */
	attemptDeadlineMs?: number;
};

export type Poller = {
	start(): void;
	stop(): void;
	refreshNow(): void;
	pause(): void;
	resume(): void;
	readonly paused: boolean;
	/** Polls every source exactly once, schedules nothing (--once). */
	pollOnce(): Promise<void>;
	/** Resolves when no poll is in flight (tests and clean shutdown). */
	idle(): Promise<void>;
};

type Loop = {
	target: PollTarget;
	key: string;
	timer: unknown;
	inFlight: Promise<void> | undefined;
	lastStartedAt: number | undefined;
	failures: number;
	/** refreshNow() arrived while a request was in flight: poll again right after it. */
	again: boolean;
};

export function createPoller(options: PollerOptions): Poller {
	const {store} = options;
	const schedule = options.schedule ?? defaultSchedule;
	const timers = options.timers ?? realTimers;
	const random = options.random ?? Math.random;
	const deadlineMs = options.attemptDeadlineMs ?? defaultAttemptDeadlineMs;
	const semaphore = createSemaphore(options.maxConcurrent ?? defaultConcurrency);
	const controller = new AbortController();
	let started = false;
	let paused = false;

	const loops: Loop[] = options.targets.map((target) => ({
		target,
		key: sourceKey(target.kind, target.scope),
		timer: undefined,
		inFlight: undefined,
		lastStartedAt: undefined,
		failures: 0,
		again: false,
	}));

	const actions = () => store.getState();

	function clear(loop: Loop) {
		if (loop.timer !== undefined) timers.clearTimeout(loop.timer);
		loop.timer = undefined;
	}

	function schedule_(loop: Loop, delayMs: number) {
		clear(loop);
		if (controller.signal.aborted || paused) return;
		const at = timers.now() + delayMs;
		guard(() => actions().setNextPoll(loop.key, at));
		loop.timer = timers.setTimeout(() => {
			loop.timer = undefined;
			run(loop);
		}, delayMs);
	}

	/** Earliest start allowed by the per-kind floor (store tasks: 10 s), counted from the last request. */
	function floorWait(loop: Loop): number {
		if (loop.lastStartedAt === undefined) return 0;
		return Math.max(0, loop.lastStartedAt + floorFor(schedule, loop.target.kind) - timers.now());
	}

	function run(loop: Loop) {
		if (controller.signal.aborted || paused) return;
		if (loop.inFlight) {
			loop.again = true;
			return;
		}
		const wait = floorWait(loop);
		if (wait > 0) {
			schedule_(loop, wait);
			return;
		}
		loop.inFlight = poll(loop).finally(() => {
			loop.inFlight = undefined;
			if (loop.again) {
				loop.again = false;
				run(loop);
			}
		});
	}

	async function poll(loop: Loop, reschedule = true): Promise<void> {
		const {target} = loop;
		if (target.blocked) {
			loop.failures++;
			guard(() => actions().pollFailed(loop.key, target.blocked!, timers.now()));
			if (reschedule) schedule_(loop, delayAfterFailure(schedule, target.kind, 'config', loop.failures, random));
			return;
		}
		const release = await semaphore.acquire();
		let delay: number;
		try {
			if (controller.signal.aborted) return;
			loop.lastStartedAt = timers.now();
			guard(() => actions().pollStarted(loop.key, timers.now()));
			try {
				const result = await withDeadline((signal) => target.fetch(signal), {timers, deadlineMs, stop: controller.signal});
				if (controller.signal.aborted) return;
				loop.failures = 0;
				const tasks = answeredTasks(result);
				const active = tasks.some((task) => task.category === 'active');
				delay = delayAfterSuccess(schedule, target.kind, active, random);
				const now = timers.now();
				if (isPartial(result)) guard(() => actions().pollMerged(loop.key, tasks, now, now + delay));
				else guard(() => actions().pollSucceeded(loop.key, tasks, now, now + delay));
			} catch (error) {
				if (controller.signal.aborted) return;
				loop.failures++;
				const classified = classifyError(error, {
					iamAction: target.iamAction,
					region: target.scope.region,
					profile: target.scope.profile,
				});
				if (classified.errorClass === 'expired') guard(() => target.renewCredentials?.());
				delay = delayAfterFailure(schedule, target.kind, classified.errorClass, loop.failures, random);
				const now = timers.now();
				guard(() => actions().pollFailed(loop.key, classified, now, now + delay));
			}
			guard(() => actions().expire(timers.now()));
		} finally {
			release();
		}
		if (reschedule) schedule_(loop, delay);
	}

	function register() {
		for (const loop of loops) guard(() => actions().registerSource(loop.target.kind, loop.target.scope));
	}

	return {
		start() {
			if (started) return;
			started = true;
			register();
			for (const loop of loops) run(loop);
		},
		async pollOnce() {
			register();
			await Promise.all(loops.map((loop) => poll(loop, false)));
		},
		stop() {
			controller.abort();
			for (const loop of loops) clear(loop);
		},
		refreshNow() {
			if (!started || paused) return;
			for (const loop of loops) {
				guard(() => loop.target.listNext?.());
				clear(loop);
				run(loop);
			}
		},
		pause() {
			paused = true;
			for (const loop of loops) clear(loop);
			guard(() => actions().setPaused(true));
		},
		resume() {
			if (!paused) return;
			paused = false;
			guard(() => actions().setPaused(false));
			if (started) for (const loop of loops) run(loop);
		},
		get paused() {
			return paused;
		},
		async idle() {
			while (loops.some((loop) => loop.inFlight)) {
				await Promise.all(loops.map((loop) => loop.inFlight));
			}
		},
	};
}

/** A store action must never take the poller down with it. */
function guard(fn: () => void) {
	try {
		fn();
	} catch {
		// The store is pure and tested; if it ever throws, skipping one update beats a dead monitor.
	}
}
