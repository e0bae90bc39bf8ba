// The slow tick: forget tasks gone longer than goneRetentionMs, so memory stays flat over days. Returns
// undefined when nothing is due, so a tick on a quiet store costs no setState and no re-render.
//
// Stalls need no refresh here: they are judged on evidence at every successful poll (see stall.ts), and
// between polls there is no new evidence, so re-checking on a timer could only repeat that verdict.
import type {TaskKind} from '../model/task.js';
import {recordDelta} from './pane-delta.js';
import type {CutwatchData, TrackedTask} from './state.js';

export function expireTasks(data: CutwatchData, now: number): CutwatchData['tasks'] | undefined {
	const cutoff = now - data.config.goneRetentionMs;
	let tasks: Record<TaskKind, ReadonlyMap<string, TrackedTask>> | undefined;
	for (const kind of Object.keys(data.tasks) as TaskKind[]) {
		const map = data.tasks[kind];
		let next: Map<string, TrackedTask> | undefined;
		const dropped: string[] = [];
		for (const tracked of map.values()) {
			if (tracked.goneAt !== undefined && tracked.goneAt <= cutoff) {
				(next ??= new Map(map)).delete(tracked.key);
				dropped.push(tracked.key);
			}
		}
		if (next) {
			recordDelta(next, map, dropped);
			(tasks ??= {...data.tasks})[kind] = next;
		}
	}
	return tasks;
}
