// Applies a partial poll of one source (two-tier polling's cheap tier): the tasks AWS returned for "what is
// running" are merged into the pane by key, exactly as a full poll would treat them, and nothing else is
// looked at. A task that is not in the answer keeps its state: only a full listing can say a task is gone.
// Cost is O(returned) lookups plus one copy of the pane's Map when something changed.
import {taskKey, type Task} from '../model/task.js';
import {firstSeen, observe, type AppliedPoll} from './apply-poll.js';
import type {EventDraft} from './events.js';
import {recordDelta} from './pane-delta.js';
import type {CutwatchData, SourceState, TrackedTask} from './state.js';

/** `source` is the state before this poll; the source has had a full listing before (its first poll is full). */
export function mergePoll(data: CutwatchData, source: SourceState, incoming: readonly Task[], now: number): AppliedPoll {
	const previous = data.tasks[source.kind];
	const changed = new Map<string, TrackedTask>();
	const seen = new Set<string>();
	const drafts: EventDraft[] = [];
	// Without a listing before, appearances would not be marked initial: treat it as news only after one.
	const initial = source.lastSuccessAt === undefined;
	for (const task of incoming) {
		if (task.kind !== source.kind) continue;
		const key = taskKey(task);
		if (seen.has(key)) continue;
		seen.add(key);
		const prev = previous.get(key);
		const next =
			prev === undefined
				? firstSeen(key, source.key, task, now, initial, drafts)
				: observe(prev, source.key, task, now, data, drafts, initial ? prev.lastSeenAt : undefined);
		if (next !== prev) changed.set(key, next);
	}
	if (changed.size === 0) return {tasks: previous, drafts};
	const tasks = new Map(previous);
	for (const [key, tracked] of changed) tasks.set(key, tracked);
	recordDelta(tasks, previous, changed.keys());
	return {tasks, drafts};
}
