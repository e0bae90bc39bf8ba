// Applies one successful poll of one source: diffs the listing against what the store holds, keeps the
// identity of every task whose data did not change, records progress, and drafts the task events.
import {taskKey, type Category, type Task} from '../model/task.js';
import {draftEvent, statusOf, type EventDraft} from './events.js';
import {appendSample} from './history.js';
import {recordDelta} from './pane-delta.js';
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

	for (const task of incoming) {
		// A task of another kind would land in the wrong pane and never be marked gone: a poller bug, skipped.
		if (task.kind !== source.kind) continue;
		const key = taskKey(task);
		// Pages can overlap while AWS inserts new tasks; the first listing wins.
		if (seen.has(key)) continue;
		seen.add(key);
		const prev = previous.get(key);
		const next =
			prev === undefined
				? firstSeen(key, source.key, task, now, initial, drafts)
				: observe(prev, source.key, task, now, data, drafts);
		if (next !== prev) changed.set(key, next);
	}

	for (const [key, tracked] of previous) {
		if (tracked.sourceKey !== source.key || tracked.goneAt !== undefined || seen.has(key)) continue;
		drafts.push(draftEvent('gone', key, tracked.task, now, {from: statusOf(tracked.task), message: 'no longer listed by AWS'}));
		changed.set(key, {
			...tracked,
			goneAt: now,
			// It was present in the source's previous successful listing.
			lastSeenAt: Math.max(tracked.lastSeenAt, source.lastSuccessAt ?? 0),
			stalledSince: undefined,
		});
	}

	if (changed.size === 0) return {tasks: previous, drafts};
	const tasks = new Map(previous);
	for (const [key, tracked] of changed) tasks.set(key, tracked);
	recordDelta(tasks, previous, changed.keys());
	return {tasks, drafts};
}

export function firstSeen(
	key: string,
	sourceKey: string,
	task: Task,
	now: number,
	initial: boolean,
	drafts: EventDraft[],
): TrackedTask {
	drafts.push(
		draftEvent('appeared', key, task, now, {to: statusOf(task), message: task.message, ...(initial ? {initial: true} : {})}),
	);
	// A task that started and ended between two polls is still news: consumers alerting on 'failed' need it.
	const terminal = terminalEvent(task.category);
	if (!initial && terminal) drafts.push(draftEvent(terminal, key, task, now, {to: statusOf(task), message: task.message}));
	return {
		key,
		sourceKey,
		task,
		firstSeenAt: now,
		lastSeenAt: now,
		lastProgressChangeAt: now,
		history: task.progress === undefined ? [] : [{at: now, progress: task.progress}],
	};
}

export function observe(
	prev: TrackedTask,
	sourceKey: string,
	incoming: Task,
	now: number,
	data: CutwatchData,
	drafts: EventDraft[],
): TrackedTask {
	const {config} = data;
	const same = sameTask(prev.task, incoming);
	const reappeared = prev.goneAt !== undefined;
	// The common case: nothing changed, so only the stall clock can move.
	if (same && !reappeared && prev.sourceKey === sourceKey) {
		return markStalled(prev, now, config.stalledAfterMs, drafts, now);
	}

	const task = same ? prev.task : incoming;
	if (reappeared) drafts.push(draftEvent('reappeared', prev.key, task, now, {to: statusOf(task), message: task.message}));
	if (!same) transition(prev.key, prev.task, task, now, drafts);

	const progressChanged = task.progress !== prev.task.progress;
	const history =
		progressChanged && task.progress !== undefined
			? appendSample(prev.history, {at: now, progress: task.progress}, config.historyLimit)
			: prev.history;
	let stalledSince = prev.stalledSince;
	if (stalledSince !== undefined && (progressChanged || reappeared || !canStall(task, undefined))) {
		stalledSince = undefined;
		if (progressChanged && canStall(task, undefined)) {
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
	};
	return markStalled(next, now, config.stalledAfterMs, drafts, now);
}

function transition(key: string, before: Task, after: Task, now: number, drafts: EventDraft[]) {
	const extra = {from: statusOf(before), to: statusOf(after), message: after.message};
	if (before.category !== after.category) {
		drafts.push(draftEvent(terminalEvent(after.category) ?? 'status-changed', key, after, now, extra));
	} else if (before.status !== after.status || before.message !== after.message) {
		drafts.push(draftEvent('status-changed', key, after, now, extra));
	}
}

function terminalEvent(category: Category): TaskEventType | undefined {
	return category === 'completed' || category === 'failed' || category === 'cancelled' ? category : undefined;
}
