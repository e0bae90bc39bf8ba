// Selectors: pure functions of state (and `now` where time matters). Object results are memoised on the
// identity of their inputs so React (zustand useStore) sees the same value while nothing changed.
import {kindOfKey} from './source-key.js';
import {estimateDoneAt, remainingMs} from './history.js';
import type {CutwatchData, ProgressSample, TrackedTask} from './state.js';

export {selectPaneTasks, selectNothingMatches, selectSelectedIndex, selectSelectedTask, rowIndex} from './pane-tasks.js';
export {rowCategory, selectCounts, summaryLine, type RowCategory, type TaskCounts} from './counts.js';
export {selectPaneSource, selectFailingSources, selectStaleSourceKeys, effectivePhase, singleSourceState, type PaneSourceState} from './pane-source.js';
export {selectSourceCounts} from './source-counts.js';
export {selectScopeColumn, scopeLabel, type ScopeColumn, type ScopeParts} from './scope-column.js';
export {eventsSince} from './events.js';
export {selectWatchedKinds} from './watched-kinds.js';
export {selectFailedTasks, selectSourceProblems, failedAt} from './failed-tasks.js';

export function getTrackedTask(state: CutwatchData, key: string): TrackedTask | undefined {
	const kind = kindOfKey(key);
	return kind === undefined ? undefined : state.tasks[kind].get(key);
}

/**
 * When AWS last listed the task: its source's last full listing while present (a partial poll may not have
 * asked about it), its own last write, its last listing once gone.
 */
export function lastSeenAt(state: CutwatchData, tracked: TrackedTask): number {
	if (tracked.goneAt !== undefined) return tracked.lastSeenAt;
	const source = state.sources.get(tracked.sourceKey);
	return Math.max(tracked.lastSeenAt, source?.lastListedAt ?? source?.lastSuccessAt ?? 0);
}

/**
 * Milliseconds until the task should finish, from its recent rate; undefined when not running, stalled,
 * gone, or without enough history yet. 0 means the estimate has passed and it may finish any moment.
 */
export function selectEta(state: CutwatchData, tracked: TrackedTask, now: number): number | undefined {
	if (tracked.task.category !== 'active' || tracked.goneAt !== undefined || tracked.stalledSince !== undefined) {
		return undefined;
	}
	const doneAt = doneAtOf(tracked.history, state.config);
	return doneAt === undefined ? undefined : remainingMs(doneAt, now);
}

type DoneAtMemo = {length: number; last: ProgressSample | undefined; config: CutwatchData['config']; doneAt: number | undefined};
const doneAtMemo = new WeakMap<readonly ProgressSample[], DoneAtMemo>();

/** estimateDoneAt, remembered per history (a pane asks for every row on screen at every render). */
function doneAtOf(history: readonly ProgressSample[], config: CutwatchData['config']): number | undefined {
	const last = history.at(-1);
	const memo = doneAtMemo.get(history);
	// Length and last sample too: a journal replay appends to its histories before they reach the store.
	if (memo && memo.length === history.length && memo.last === last && memo.config === config) return memo.doneAt;
	const doneAt = estimateDoneAt(history, config);
	doneAtMemo.set(history, {length: history.length, last, config, doneAt});
	return doneAt;
}

/** Judged at the last successful poll (see stall.ts), so it needs no clock. */
export function isStalled(tracked: TrackedTask): boolean {
	return tracked.stalledSince !== undefined;
}

/** How long progress has stood still at `now`, for "stalled 23m"; undefined when not stalled. */
export function stalledForMs(tracked: TrackedTask, now: number): number | undefined {
	return tracked.stalledSince === undefined ? undefined : Math.max(0, now - tracked.lastProgressChangeAt);
}
