// All tasks in a stable reading order: pane by pane, failures first, then running, then the rest, oldest first.
import {categoryRank, taskKinds} from '../model/task.js';
import type {CutwatchData, TrackedTask} from '../store/index.js';

export function orderedTasks(state: CutwatchData): TrackedTask[] {
	return taskKinds.flatMap((kind) =>
		[...state.tasks[kind].values()].sort(
			(a, b) =>
				categoryRank[a.task.category] - categoryRank[b.task.category] ||
				a.task.region.localeCompare(b.task.region) ||
				(a.task.startedAt?.getTime() ?? 0) - (b.task.startedAt?.getTime() ?? 0) ||
				a.task.id.localeCompare(b.task.id),
		),
	);
}
