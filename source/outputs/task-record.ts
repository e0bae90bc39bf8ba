// The stable, documented JSON shape of one task for machines (--once --json, --log). Add fields, never
// rename or remove them: runbooks parse this.
import {unpackRecord} from '../model/packed-record.js';
import type {TaskKind} from '../model/task.js';
import {isoOrNull} from '../format/time.js';
import {selectEta, type CutwatchData, type TrackedTask} from '../store/index.js';

export type TaskRecord = {
	kind: TaskKind;
	account: string | null;
	profile: string | null;
	region: string;
	id: string;
	name: string;
	category: string;
	status: string;
	progress: number | null;
	/** Seconds until the task should finish, from its observed rate; null when unknown. */
	etaSeconds: number | null;
	stalled: boolean;
	gone: boolean;
	message: string | null;
	startedAt: string | null;
	completedAt: string | null;
	resourceId: string | null;
	location: string | null;
	records: {succeeded: number; failed: number} | null;
	/** The AWS record exactly as the SDK returned it. */
	raw: unknown;
};

export function taskRecord(state: CutwatchData, tracked: TrackedTask, now: number): TaskRecord {
	const {task} = tracked;
	const eta = selectEta(state, tracked, now);
	return {
		kind: task.kind,
		account: task.account ?? null,
		profile: task.profile ?? null,
		region: task.region,
		id: task.id,
		name: task.name,
		category: task.category,
		status: task.status,
		progress: task.progress ?? null,
		etaSeconds: eta === undefined ? null : Math.round(eta / 1000),
		stalled: tracked.stalledSince !== undefined,
		gone: tracked.goneAt !== undefined,
		message: task.message ?? null,
		startedAt: isoOrNull(task.startedAt),
		completedAt: isoOrNull(task.completedAt),
		resourceId: task.resourceId ?? null,
		location: task.location ?? null,
		records: task.records ?? null,
		raw: unpackRecord(task.raw),
	};
}
