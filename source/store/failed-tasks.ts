// Every failed task across the panes (and so across accounts and regions), newest first, and the sources that
// are failing: what the failures view (`!`) lists. Same arrays while the maps and sources are unchanged.
import {taskKinds, type TaskKind} from '../model/task.js';
import {effectivePhase} from './pane-source.js';
import type {CutwatchData, SourceState, TrackedTask} from './state.js';

/** When cutwatch saw the task fail (its end), else its last change: what "newest first" sorts on. */
export function failedAt(tracked: TrackedTask): number {
	return tracked.endedAt ?? tracked.lastSeenAt;
}

const perMap = new WeakMap<ReadonlyMap<string, TrackedTask>, readonly TrackedTask[]>();

function failedOf(map: ReadonlyMap<string, TrackedTask>): readonly TrackedTask[] {
	let failed = perMap.get(map);
	if (failed === undefined) {
		failed = [...map.values()].filter((tracked) => tracked.task.category === 'failed');
		perMap.set(map, failed);
	}
	return failed;
}

let memo: {parts: readonly (readonly TrackedTask[])[]; rows: readonly TrackedTask[]} | undefined;

/** Failed tasks of every pane (a gone one too: it still failed), newest first; ties by pane order, then id. */
export function selectFailedTasks(state: Pick<CutwatchData, 'tasks'>): readonly TrackedTask[] {
	const parts = taskKinds.map((kind: TaskKind) => failedOf(state.tasks[kind]));
	if (memo && memo.parts.every((part, index) => part === parts[index])) return memo.rows;
	const order = new Map(taskKinds.map((kind, index) => [kind, index]));
	const rows = parts
		.flat()
		.sort((a, b) => failedAt(b) - failedAt(a) || order.get(a.task.kind)! - order.get(b.task.kind)! || a.task.id.localeCompare(b.task.id));
	memo = {parts, rows};
	return rows;
}

const problemMemo = new WeakMap<ReadonlyMap<string, SourceState>, readonly SourceState[]>();

/** Sources failing now (error or throttled, also while a retry is in flight), in the order they were registered. */
export function selectSourceProblems(state: Pick<CutwatchData, 'sources'>): readonly SourceState[] {
	let problems = problemMemo.get(state.sources);
	if (problems === undefined) {
		problems = [...state.sources.values()].filter((source) => {
			const phase = effectivePhase(source);
			return (phase === 'error' || phase === 'throttled') && source.lastError !== undefined;
		});
		problemMemo.set(state.sources, problems);
	}
	return problems;
}
