// How long each source waits before its next poll. Polite by default: cutwatch shares the account's API
// buckets with the migration tooling it watches.
import type {TaskKind} from '../model/task.js';
import type {ErrorClass} from './classify-error.js';

export type Schedule = {
	/** While the source has active tasks. */
	activeMs: number;
	/** While it has none. */
	idleMs: number;
	/** Per-kind floor that no override or refresh can go under. */
	floorMs: Partial<Record<TaskKind, number>>;
	/** ± fraction applied to every delay so many cutwatch processes do not poll in lockstep. */
	jitter: number;
	/** Absolute cap for exponential backoff on throttling and transient errors (see retryCapMs). */
	backoffCapMs: number;
	/** Retry delay for errors a retry will not fix by itself (denied, misconfigured), also under retryCapMs. */
	slowRetryMs: number;
};

export const defaultSchedule: Schedule = {
	activeMs: 15_000,
	idleMs: 60_000,
	// DescribeStoreImageTasks' bucket refills at 0.5 request/s for the whole account and region.
	floorMs: {'store-image': 10_000},
	jitter: 0.1,
	backoffCapMs: 300_000,
	slowRetryMs: 300_000,
};

/** Bounds for --interval: faster burns the account's API budget, slower is not monitoring. */
export const intervalBoundsMs = {min: 5_000, max: 3_600_000} as const;

/** --interval sets both the active and the idle interval. */
export function withInterval(schedule: Schedule, intervalMs: number | undefined): Schedule {
	if (intervalMs === undefined) return schedule;
	return {...schedule, activeMs: intervalMs, idleMs: intervalMs};
}

export function floorFor(schedule: Schedule, kind: TaskKind): number {
	return schedule.floorMs[kind] ?? 0;
}

function jittered(ms: number, schedule: Schedule, random: () => number): number {
	return ms * (1 + (random() * 2 - 1) * schedule.jitter);
}

export function delayAfterSuccess(schedule: Schedule, kind: TaskKind, hasActiveTasks: boolean, random: () => number): number {
	const base = hasActiveTasks ? schedule.activeMs : schedule.idleMs;
	return Math.max(floorFor(schedule, kind), jittered(base, schedule, random));
}

/**
 * The longest a failing source waits before its next attempt: one polling interval (the idle interval, or
 * --interval), and never more than backoffCapMs. Only a request that succeeds can tell that a fault has cleared
 * (throttling over, IAM policy fixed, new SSO login, endpoint back), so a longer wait would leave the pane stale
 * after the fault is gone; this cap is what makes cutwatch fresh again within one polling interval by itself.
 */
export function retryCapMs(schedule: Schedule): number {
	return Math.min(schedule.backoffCapMs, schedule.idleMs);
}

/**
 * Exponential backoff: the step doubles from the active interval up to retryCapMs, and the jitter only ever
 * shortens it (by up to `jitter`), so a failing source never polls faster than the active interval allows nor
 * waits past the cap.
 */
export function backoffDelay(schedule: Schedule, consecutiveFailures: number, random: () => number): number {
	const exponent = Math.max(0, consecutiveFailures - 1);
	const step = Math.min(retryCapMs(schedule), schedule.activeMs * 2 ** Math.min(exponent, 30));
	return step * (1 - random() * schedule.jitter);
}

export function delayAfterFailure(schedule: Schedule, kind: TaskKind, errorClass: ErrorClass, consecutiveFailures: number, random: () => number): number {
	const delay =
		errorClass === 'denied' || errorClass === 'config'
			? Math.min(schedule.slowRetryMs, retryCapMs(schedule)) * (1 - random() * schedule.jitter)
			: backoffDelay(schedule, consecutiveFailures, random);
	return Math.max(floorFor(schedule, kind), delay);
}
