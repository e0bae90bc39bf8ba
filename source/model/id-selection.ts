// The task ids the user named (--import-task-id, --export-task-id, --image-id, --discovery-task-id), and
// which pane each list belongs to. With any id given, exactly those tasks are the runbook step.
import {displayId} from './display-id.js';
import type {Task, TaskKind} from './task.js';

export type IdSelection = {
	importTaskIds: string[];
	exportTaskIds: string[];
	imageIds: string[];
	discoveryTaskIds: string[];
};

export const idListKinds = {
	importTaskIds: 'import-snapshot',
	exportTaskIds: 'export-image',
	imageIds: 'store-image',
	discoveryTaskIds: 'discovery-import',
} as const satisfies Record<keyof IdSelection, TaskKind>;

export function hasIds(ids: IdSelection): boolean {
	return Object.values(ids).some((list) => list.length > 0);
}

/** The kinds the user named ids for, in pane order. */
export function kindsWithIds(ids: IdSelection): TaskKind[] {
	return (Object.keys(idListKinds) as Array<keyof IdSelection>).filter((key) => ids[key].length > 0).map((key) => idListKinds[key]);
}

/** The ids given for one kind (for store tasks: AMIs). */
export function idsOfKind(ids: IdSelection, kind: TaskKind): readonly string[] {
	const key = (Object.keys(idListKinds) as Array<keyof IdSelection>).find((name) => idListKinds[name] === kind)!;
	return ids[key];
}

/** Whether the task is one the user named (always false when no id of its kind was given). */
export function isSelectedById(ids: IdSelection, task: Task): boolean {
	return idsOfKind(ids, task.kind).includes(displayId(task));
}
