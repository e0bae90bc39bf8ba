// Stall rule. A task is judged on evidence: two successful polls showing the same progress at least
// stalledAfterMs apart. Judging against the wall clock instead would flag every task after a laptop sleep,
// a network outage or a pause, when nobody was looking.
import type {Task} from '../model/task.js';
import {draftEvent, statusOf, type EventDraft} from './events.js';
import type {TrackedTask} from './state.js';

/** Only running tasks that report a percentage can stall (Discovery reports none). */
export function canStall(task: Task, goneAt: number | undefined): boolean {
	return goneAt === undefined && task.category === 'active' && task.progress !== undefined;
}

export function isStuck(lastProgressChangeAt: number, seenAt: number, stalledAfterMs: number): boolean {
	return seenAt - lastProgressChangeAt >= stalledAfterMs;
}

/** The task marked stalled (with its event) if the evidence now shows it stuck; otherwise the same task. */
export function markStalled(
	tracked: TrackedTask,
	seenAt: number,
	stalledAfterMs: number,
	drafts: EventDraft[],
	now: number,
): TrackedTask {
	if (tracked.stalledSince !== undefined || !canStall(tracked.task, tracked.goneAt)) return tracked;
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
