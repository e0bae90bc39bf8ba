// The session's own history, for the cutover view: after every poll that changed a pane, one sample of how
// many tasks each pane holds per outcome and how many bytes the snapshot imports have moved. Bounded like a
// task's progress history: when full, the sample whose neighbours are closest in time is dropped, so a night
// keeps its shape from the first poll to the last.
import {taskKinds, type Task, type TaskKind} from '../model/task.js';
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

const tallies = new WeakMap<ReadonlyMap<string, TrackedTask>, PaneTally>();
const bytesDone = new WeakMap<ReadonlyMap<string, TrackedTask>, number>();

/** Memoised on map identity: a poll that changed nothing in a pane costs nothing here. */
export function paneTally(map: ReadonlyMap<string, TrackedTask>): PaneTally {
	let tally = tallies.get(map);
	if (!tally) {
		const sum = {active: 0, completed: 0, failed: 0, cancelled: 0};
		for (const {task, goneAt} of map.values()) {
			// A gone task keeps its last outcome: it still happened tonight.
			if (task.category === 'unknown') continue;
			if (task.category === 'active' && goneAt !== undefined) continue;
			sum[task.category]++;
		}
		tally = sum;
		tallies.set(map, tally);
	}
	return tally;
}

/** Bytes of a snapshot import's disk image, when AWS reports it. */
export function diskImageBytes(task: Task): number | undefined {
	return task.kind === 'import-snapshot' ? task.diskImageBytes : undefined;
}

export function importedBytes(map: ReadonlyMap<string, TrackedTask>): number {
	let bytes = bytesDone.get(map);
	if (bytes === undefined) {
		bytes = 0;
		for (const {task, history} of map.values()) {
			const size = diskImageBytes(task);
			if (size === undefined) continue;
			// A task that failed or was cancelled moved the bytes it got through: its last reported progress.
			const done = task.category === 'completed' ? 100 : (task.progress ?? history.at(-1)?.progress ?? 0);
			bytes += (size * done) / 100;
		}
		bytesDone.set(map, bytes);
	}
	return bytes;
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
