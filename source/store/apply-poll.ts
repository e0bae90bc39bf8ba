// Applies one successful poll of one source: diffs the listing against what the store holds, keeps the
// identity of every task whose data did not change, records progress, and drafts the task events.
import {taskKey, type Category, type Task} from '../model/task.js';
import {draftEvent, statusOf, type EventDraft} from './events.js';
import {appendSample} from './history.js';
import {recordDelta} from './pane-delta.js';
import {PaneMap} from './pane-map.js';
import {sameTask} from './same-task.js';
import type {CutwatchData, SourceState, TaskEventType, TrackedTask} from './state.js';
import {canStall, markStalled} from './stall.js';

export type AppliedPoll = {
	/** The pane's new task map, or the same map when nothing in it changed. */
	tasks: ReadonlyMap<string, TrackedTask>;
	drafts: EventDraft[];
};

/** `source` is the state before this poll (its lastSuccessAt is the previous success). */
export function applyPoll(data: CutwatchData, source: SourceState, incoming: readonly Task[], now: number): AppliedPoll {
	const initial = source.lastSuccessAt === undefined;
	const previous = data.tasks[source.kind];
	const changed = new Map<string, TrackedTask>();
	const seen = new Set<string>();
	const drafts: EventDraft[] = [];

	observeAll(data, source, incoming, now, {changed, seen, drafts});

	for (const [key, tracked] of previous) {
		if (tracked.sourceKey !== source.key || tracked.goneAt !== undefined || seen.has(key)) continue;
		const gap = initial ? {since: tracked.lastSeenAt} : {};
		drafts.push(draftEvent('gone', key, tracked.task, now, {from: statusOf(tracked.task), message: 'no longer listed by AWS', ...gap}));
		changed.set(key, {
			...tracked,
			goneAt: now,
			// It was present in the source's previous successful listing.
			lastSeenAt: Math.max(tracked.lastSeenAt, source.lastSuccessAt ?? 0),
			stalledSince: undefined,
		});
	}

	return withChanges(previous, changed, drafts);
}

/**
 * Each returned task of the source's kind, once (pages can overlap while AWS inserts new tasks: the first
 * listing wins), observed against what the pane knew. Shared by the full apply and the partial merge.
 */
export function observeAll(
	data: CutwatchData,
	source: SourceState,
	incoming: readonly Task[],
	now: number,
	into: {changed: Map<string, TrackedTask>; seen: Set<string>; drafts: EventDraft[]},
): void {
	const {changed, seen, drafts} = into;
	const initial = source.lastSuccessAt === undefined;
	const previous = data.tasks[source.kind];
	for (const task of incoming) {
		// A task of another kind would land in the wrong pane and never be marked gone: a poller bug, skipped.
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
}

/** The pane with `changed` applied (the same map when nothing changed), its delta recorded for the selectors. */
export function withChanges(previous: ReadonlyMap<string, TrackedTask>, changed: ReadonlyMap<string, TrackedTask>, drafts: EventDraft[]): AppliedPoll {
	if (changed.size === 0) return {tasks: previous, drafts};
	// Not a copy of the pane: the previous map with the changes over it (pane-map.ts).
	const tasks = PaneMap.with(previous, changed);
	recordDelta(tasks, previous, changed.keys());
	return {tasks, drafts};
}

export function firstSeen(key: string, sourceKey: string, task: Task, now: number, initial: boolean, drafts: EventDraft[]): TrackedTask {
	// One sighting is one event. A task that started and ended between two polls is still news, typed by its
	// outcome (consumers alerting on 'failed' need it) and with no `from`: cutwatch never saw it before.
	const terminal = initial ? undefined : terminalEvent(task.category);
	drafts.push(draftEvent(terminal ?? 'appeared', key, task, now, {to: statusOf(task), message: task.message, ...(initial ? {initial: true} : {})}));
	return {
		key,
		sourceKey,
		task,
		firstSeenAt: now,
		lastSeenAt: now,
		lastProgressChangeAt: now,
		history: task.progress === undefined ? [] : [{at: now, progress: task.progress}],
		// Already over when first listed: AWS's own completion time when it gives one, else this poll.
		endedAt: task.category === 'active' || task.category === 'unknown' ? undefined : (task.completedAt?.getTime() ?? now),
	};
}

export function observe(
	prev: TrackedTask,
	sourceKey: string,
	incoming: Task,
	now: number,
	data: CutwatchData,
	drafts: EventDraft[],
	/** Known before this run's first poll (a journal replay): what changed, changed after `gapSince`. */
	gapSince: number | undefined,
): TrackedTask {
	const {config} = data;
	const same = sameTask(prev.task, incoming);
	const reappeared = prev.goneAt !== undefined;
	// The common case: nothing changed, so only the stall clock can move.
	if (same && !reappeared && prev.sourceKey === sourceKey) {
		return markStalled(prev, now, config, drafts, now);
	}

	const task = same ? prev.task : incoming;
	const gap = gapSince === undefined ? {} : {since: gapSince};
	if (reappeared) reappearance(prev.key, prev.task, task, same, now, drafts, gap);
	else if (!same) transition(prev.key, prev.task, task, now, drafts, gap);

	const progressChanged = task.progress !== prev.task.progress;
	const history =
		progressChanged && task.progress !== undefined ? appendSample(prev.history, {at: now, progress: task.progress}, config.historyLimit) : prev.history;
	let stalledSince = prev.stalledSince;
	if (stalledSince !== undefined && (progressChanged || reappeared || !canStall(task, undefined))) {
		stalledSince = undefined;
		// Coming back is already this poll's event for the task.
		if (progressChanged && !reappeared && canStall(task, undefined)) {
			drafts.push(draftEvent('resumed', prev.key, task, now, {to: statusOf(task), message: `progress ${task.progress}%`}));
		}
	}
	const next: TrackedTask = {
		key: prev.key,
		sourceKey,
		task,
		firstSeenAt: prev.firstSeenAt,
		lastSeenAt: now,
		goneAt: undefined,
		// After a gap in the listing there is no evidence of how long progress stood still.
		lastProgressChangeAt: progressChanged || reappeared ? now : prev.lastProgressChangeAt,
		history,
		stalledSince,
		endedAt: endedAt(prev, task, now),
	};
	return markStalled(next, now, config, drafts, now);
}

function transition(key: string, before: Task, after: Task, now: number, drafts: EventDraft[], gap: {since?: number}) {
	const extra = {from: statusOf(before), to: statusOf(after), message: after.message, ...gap};
	if (before.category !== after.category) {
		drafts.push(draftEvent(terminalEvent(after.category) ?? 'status-changed', key, after, now, extra));
	} else if (before.status !== after.status || before.message !== after.message) {
		drafts.push(draftEvent('status-changed', key, after, now, extra));
	}
}

/**
 * A task listed again after a gap is one event: its outcome when it finished while out of sight (so alerts
 * still fire), else 'reappeared', with `from` when its state differs from the last one seen.
 */
function reappearance(key: string, before: Task, after: Task, same: boolean, now: number, drafts: EventDraft[], gap: {since?: number}) {
	const terminal = before.category === after.category ? undefined : terminalEvent(after.category);
	const changed = !same && (before.status !== after.status || before.category !== after.category || before.message !== after.message);
	const from = terminal || changed ? {from: statusOf(before)} : {};
	drafts.push(draftEvent(terminal ?? 'reappeared', key, after, now, {...from, to: statusOf(after), message: after.message, ...gap}));
}

function terminalEvent(category: Category): TaskEventType | undefined {
	return category === 'completed' || category === 'failed' || category === 'cancelled' ? category : undefined;
}

/** The end stays where it was first seen; a task that runs again (unknown → active) is open again. */
function endedAt(prev: TrackedTask, task: Task, now: number): number | undefined {
	if (task.category === 'active' || task.category === 'unknown') return undefined;
	return prev.task.category === task.category ? (prev.endedAt ?? now) : now;
}
