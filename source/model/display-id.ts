// The id a task is known by, everywhere a user reads or types one: the id column, the --once table, the id
// flags and the runbook's missing ids. Store tasks have no id of their own that means anything to a user and
// are known by their AMI (DescribeStoreImageTasks answers by AmiId).
import type {Task} from './task.js';

/** The task's id, or for a store task its AMI (its own id when AWS sent none). Not sanitised: callers shape it. */
export function displayId(task: Task): string {
	return task.kind === 'store-image' ? (task.resourceId ?? task.id) : task.id;
}
