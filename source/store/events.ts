// The task event log: a bounded, copy-on-write ring. Consumers remember the last seq they handled.
import type {Task} from '../model/task.js';
import type {EventStatus, TaskEvent, TaskEventType} from './state.js';

/** An event before the store numbers it. */
export type EventDraft = Omit<TaskEvent, 'seq'>;

export function statusOf(task: Task): EventStatus {
	return {status: task.status, category: task.category, message: task.message};
}

export function draftEvent(
	type: TaskEventType,
	key: string,
	task: Task,
	at: number,
	extra: Pick<EventDraft, 'from' | 'to' | 'message' | 'initial' | 'since'> = {},
): EventDraft {
	return {
		at,
		type,
		taskKey: key,
		kind: task.kind,
		account: task.account,
		region: task.region,
		taskId: task.id,
		name: task.name,
		...extra,
	};
}

/** Numbers the drafts from nextSeq and keeps the newest `limit` events; the same array when there are none. */
export function appendEvents(
	events: readonly TaskEvent[],
	drafts: readonly EventDraft[],
	nextSeq: number,
	limit: number,
): {events: readonly TaskEvent[]; nextSeq: number} {
	if (drafts.length === 0) return {events, nextSeq};
	// Drafts that would be pushed straight out again are skipped, not numbered into objects (a first poll
	// of 50,000 tasks produces 50,000 appearances).
	const skip = Math.max(0, drafts.length - limit);
	const keepOld = Math.max(0, Math.min(events.length, limit - (drafts.length - skip)));
	const next: TaskEvent[] = events.slice(events.length - keepOld);
	let seq = nextSeq + skip;
	for (let i = skip; i < drafts.length; i++) next.push({seq: seq++, ...drafts[i]!});
	return {events: next, nextSeq: nextSeq + drafts.length};
}

/** Events with seq > afterSeq, oldest first. If the consumer fell behind, the first seq is > afterSeq + 1. */
export function eventsSince(events: readonly TaskEvent[], afterSeq: number): readonly TaskEvent[] {
	const first = events[0];
	if (first === undefined) return events;
	const index = Math.max(0, afterSeq + 1 - first.seq);
	return index === 0 ? events : events.slice(index);
}
