// The session's own history, for the cutover view: after every poll that changed a pane, one sample of how
// many tasks each pane holds per outcome and how many bytes the snapshot imports have moved. Bounded like a
// task's progress history: when full, the sample whose neighbours are closest in time is dropped, so a night
// keeps its shape from the first poll to the last.
import {taskKinds, type Task, type TaskKind} from '../model/task.js';
import {changedSince} from './pane-delta.js';
import type {CutwatchData, TrackedTask} from './state.js';

export type PaneTally = {
	readonly active: number;
	readonly completed: number;
	readonly failed: number;
	readonly cancelled: number;
};

export type SessionSample = {
	readonly at: number;
	readonly panes: Readonly<Record<TaskKind, PaneTally>>;
	/** Snapshot imports: DiskImageSize × progress (last known, for failed ones) over tasks whose size AWS reports. */
	readonly importedBytes: number;
};

type PaneMap = ReadonlyMap<string, TrackedTask>;
type Totals = {readonly tally: PaneTally; readonly bytes: number};

const totals = new WeakMap<PaneMap, Totals>();
/**
 * The maps totalled last (all panes), held so that a newer map's totals are the older one's updated by the
 * keys that changed between them (pane-delta.ts): a merge of 500 tasks into 50,000 costs 500 steps, not 50,000.
 */
const recent: Array<{map: PaneMap; totals: Totals}> = [];
const recentSize = 8;

/** Memoised on map identity: a poll that changed nothing in a pane costs nothing here. */
export function paneTally(map: PaneMap): PaneTally {
	return totalsOf(map).tally;
}

/** Bytes of a snapshot import's disk image, when AWS reports it. */
export function diskImageBytes(task: Task): number | undefined {
	return task.kind === 'import-snapshot' ? task.diskImageBytes : undefined;
}

export function importedBytes(map: PaneMap): number {
	return totalsOf(map).bytes;
}

function totalsOf(map: PaneMap): Totals {
	let found = totals.get(map);
	if (found) return found;
	for (let i = recent.length - 1; i >= 0 && !found; i--) {
		const base = recent[i]!;
		const keys = changedSince(map, base.map);
		if (keys) found = updated(base.totals, base.map, map, keys);
	}
	found ??= counted(map.values());
	totals.set(map, found);
	recent.push({map, totals: found});
	if (recent.length > recentSize) recent.shift();
	return found;
}

type Tally = {active: number; completed: number; failed: number; cancelled: number};

function counted(tasks: Iterable<TrackedTask>): Totals {
	const tally: Tally = {active: 0, completed: 0, failed: 0, cancelled: 0};
	let bytes = 0;
	for (const tracked of tasks) {
		const outcome = counts(tracked);
		if (outcome !== undefined) tally[outcome]++;
		bytes += bytesOf(tracked);
	}
	return {tally, bytes};
}

function updated(base: Totals, from: PaneMap, map: PaneMap, keys: ReadonlySet<string>): Totals {
	const tally: Tally = {...base.tally};
	let {bytes} = base;
	for (const key of keys) {
		const before = from.get(key);
		const after = map.get(key);
		if (before === after) continue;
		if (before) {
			const outcome = counts(before);
			if (outcome !== undefined) tally[outcome]--;
			bytes -= bytesOf(before);
		}
		if (after) {
			const outcome = counts(after);
			if (outcome !== undefined) tally[outcome]++;
			bytes += bytesOf(after);
		}
	}
	return {tally, bytes};
}

/** The outcome a task counts under, if any. A gone task keeps its last outcome: it still happened tonight. */
function counts({task, goneAt}: TrackedTask): keyof Tally | undefined {
	if (task.category === 'unknown') return undefined;
	if (task.category === 'active' && goneAt !== undefined) return undefined;
	return task.category;
}

/**
 * What a snapshot import has moved, in whole bytes (so that sums updated task by task stay exact). A task that
 * failed or was cancelled moved the bytes it got through: its last reported progress.
 */
function bytesOf({task, history}: TrackedTask): number {
	const size = diskImageBytes(task);
	if (size === undefined) return 0;
	const done = task.category === 'completed' ? 100 : (task.progress ?? history.at(-1)?.progress ?? 0);
	return Math.round((size * done) / 100);
}

export function sessionSample(tasks: CutwatchData['tasks'], at: number): SessionSample {
	const panes = {} as Record<TaskKind, PaneTally>;
	for (const kind of taskKinds) panes[kind] = paneTally(tasks[kind]);
	return {at, panes, importedBytes: importedBytes(tasks['import-snapshot'])};
}

function sameSample(a: SessionSample, b: SessionSample): boolean {
	return (
		a.importedBytes === b.importedBytes &&
		taskKinds.every((kind) => {
			const x = a.panes[kind];
			const y = b.panes[kind];
			return x.active === y.active && x.completed === y.completed && x.failed === y.failed && x.cancelled === y.cancelled;
		})
	);
}

/** Appends a sample unless nothing it counts changed; copy-on-write, at most `limit` long. */
export function appendSessionSample(history: readonly SessionSample[], sample: SessionSample, limit: number): readonly SessionSample[] {
	const last = history.at(-1);
	if (last !== undefined && sameSample(last, sample)) return history;
	const next = history.slice();
	next.push(sample);
	while (next.length > limit) {
		let best = 1;
		let bestGap = Number.POSITIVE_INFINITY;
		for (let i = 1; i < next.length - 1; i++) {
			const gap = next[i + 1]!.at - next[i - 1]!.at;
			if (gap < bestGap) {
				bestGap = gap;
				best = i;
			}
		}
		next.splice(best, 1);
	}
	return next;
}
