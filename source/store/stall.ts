// Stall rule. A task is judged on evidence: two successful polls showing the same progress at least
// its stall threshold apart. Judging against the wall clock instead would flag every task after a laptop sleep,
// a network outage or a pause, when nobody was looking.
import type {Task} from '../model/task.js';
import {draftEvent, statusOf, type EventDraft} from './events.js';
import type {ProgressSample, StoreConfig, TrackedTask} from './state.js';

export type StallSettings = Pick<StoreConfig, 'stalledAfterMs' | 'stallPaceFactor' | 'stallMinMs' | 'stallNoPaceMs'>;

/** Median time between the task's progress changes, once it has changed at least twice; else undefined. */
export function usualIntervalMs(history: readonly ProgressSample[]): number | undefined {
	if (history.length < 3) return undefined;
	const gaps: number[] = [];
	for (let i = 1; i < history.length; i++) gaps.push(history[i]!.at - history[i - 1]!.at);
	gaps.sort((a, b) => a - b);
	const mid = gaps.length >> 1;
	return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}

/**
 * How long without progress makes this task stalled: --stall-after when given; else three times its own
 * usual interval between changes (a task that moves 1 % an hour is not stalled after 15 minutes, one that
 * moves every 30 s is after 5), never under stallMinMs; stallNoPaceMs while its pace is unknown.
 */
export function stallThresholdMs(tracked: Pick<TrackedTask, 'history'>, settings: StallSettings): number {
	if (settings.stalledAfterMs !== undefined) return settings.stalledAfterMs;
	const pace = usualIntervalMs(tracked.history);
	if (pace === undefined) return settings.stallNoPaceMs;
	return Math.max(settings.stallMinMs, settings.stallPaceFactor * pace);
}

/** Only running tasks that report a percentage can stall (Discovery reports none). */
export function canStall(task: Task, goneAt: number | undefined): boolean {
	return goneAt === undefined && task.category === 'active' && task.progress !== undefined;
}

export function isStuck(lastProgressChangeAt: number, seenAt: number, stalledAfterMs: number): boolean {
	return seenAt - lastProgressChangeAt >= stalledAfterMs;
}

/** The task marked stalled (with its event) if the evidence now shows it stuck; otherwise the same task. */
export function markStalled(tracked: TrackedTask, seenAt: number, settings: StallSettings, drafts: EventDraft[], now: number): TrackedTask {
	if (tracked.stalledSince !== undefined || !canStall(tracked.task, tracked.goneAt)) return tracked;
	const stalledAfterMs = stallThresholdMs(tracked, settings);
	if (!isStuck(tracked.lastProgressChangeAt, seenAt, stalledAfterMs)) return tracked;
	drafts.push(stalledEvent(tracked, now));
	return {...tracked, stalledSince: tracked.lastProgressChangeAt + stalledAfterMs};
}

export function stalledEvent(tracked: TrackedTask, now: number): EventDraft {
	const {task} = tracked;
	return draftEvent('stalled', tracked.key, task, now, {
		to: statusOf(task),
		message: `progress stuck at ${task.progress ?? '?'}%`,
	});
}
