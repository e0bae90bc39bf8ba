// All tasks in a stable reading order: pane by pane, failures first, then running, then the rest, oldest first.
import {taskKinds, type Category} from '../model/task.js';
import type {CutwatchData, TrackedTask} from '../store/index.js';

const rank: Record<Category, number> = {failed: 0, active: 1, unknown: 2, cancelled: 3, completed: 4};

export function orderedTasks(state: CutwatchData): TrackedTask[] {
	return taskKinds.flatMap((kind) =>
		[...state.tasks[kind].values()].sort(
			(a, b) =>
				rank[a.task.category] - rank[b.task.category] ||
				a.task.region.localeCompare(b.task.region) ||
				(a.task.startedAt?.getTime() ?? 0) - (b.task.startedAt?.getTime() ?? 0) ||
				a.task.id.localeCompare(b.task.id),
		),
	);
}
