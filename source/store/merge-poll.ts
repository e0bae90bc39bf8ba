// Applies a partial poll of one source (two-tier polling's cheap tier): the tasks AWS returned for "what is
// running" are merged into the pane by key, exactly as a full poll would treat them, and nothing else is
// looked at. A task that is not in the answer keeps its state: only a full listing can say a task is gone.
// Cost is O(returned) lookups, and no copy of the pane (pane-map.ts).
import type {Task} from '../model/task.js';
import {observeAll, withChanges, type AppliedPoll} from './apply-poll.js';
import type {EventDraft} from './events.js';
import type {CutwatchData, SourceState, TrackedTask} from './state.js';

/** `source` is the state before this poll: after a full listing, or (pollPage) before the first one completes. */
export function mergePoll(data: CutwatchData, source: SourceState, incoming: readonly Task[], now: number): AppliedPoll {
	const changed = new Map<string, TrackedTask>();
	const drafts: EventDraft[] = [];
	// Before a first listing, appearances are the initial listing (pollPage), not news: observeAll knows.
	observeAll(data, source, incoming, now, {changed, seen: new Set(), drafts});
	return withChanges(data.tasks[source.kind], changed, drafts);
}
