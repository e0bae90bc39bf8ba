// Source keys: kind + account + region, the same prefix taskKey() puts before the task id.
import {taskKinds, type TaskKind, type TaskScope} from '../model/task.js';

export function sourceKey(kind: TaskKind, scope: Pick<TaskScope, 'account' | 'region'>): string {
	return `${kind}|${scope.account ?? ''}|${scope.region}`;
}

/** The kind a taskKey or sourceKey starts with (kinds contain no '|'). */
export function kindOfKey(key: string): TaskKind | undefined {
	const kind = key.slice(0, key.indexOf('|'));
	return (taskKinds as readonly string[]).includes(kind) ? (kind as TaskKind) : undefined;
}
