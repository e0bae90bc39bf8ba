// Store objects → journal records. Lines are terminal-safe JSON: `tail -f journal` cannot be used to inject
// escape sequences, whatever AWS sent.
import type {TaskEvent, TrackedTask} from '../store/index.js';
import {terminalSafeJson} from '../format/sanitize.js';
import {isoOrNull} from '../format/time.js';
import type {EventRecord, JournalRecord, JournalTaskState} from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function taskState(tracked: TrackedTask): JournalTaskState {
	const {task} = tracked;
	return {
		status: task.status,
		category: task.category,
		message: task.message ?? null,
		progress: task.progress ?? null,
		startedAt: isoOrNull(task.startedAt),
		completedAt: isoOrNull(task.completedAt),
		resourceId: task.resourceId ?? null,
		location: task.location ?? null,
		records: task.records ?? null,
		profile: task.profile ?? null,
		source: tracked.sourceKey,
	};
}

/** An event line: the v1 fields unchanged, then what v2 adds (the gap and the task's state after it). */
export function eventRecord(event: TaskEvent, tracked: TrackedTask | undefined): EventRecord {
	return {
		rec: 'event',
		time: iso(event.at),
		type: event.type,
		account: event.account ?? null,
		region: event.region,
		kind: event.kind,
		id: event.taskId,
		name: event.name,
		from: event.from ? {status: event.from.status, category: event.from.category} : null,
		to: event.to ? {status: event.to.status, category: event.to.category} : null,
		message: event.message ?? event.to?.message ?? null,
		initial: event.initial === true,
		since: event.since === undefined ? null : iso(event.since),
		task: tracked ? taskState(tracked) : null,
	};
}

export function line(record: JournalRecord): string {
	return terminalSafeJson(record) + '\n';
}

export {iso};
