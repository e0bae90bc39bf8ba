// The one Task model every source normalises into, and that the store, the views and the headless
// outputs read. Raw AWS records are kept whole for the detail view and --json, packed as JSON text
// (packed-record.ts); their types are the SDK's own shapes.
import type {ExportImageTask, ImportSnapshotTask, StoreImageTaskResult} from '@aws-sdk/client-ec2';
import type {ImportTask} from '../aws/discovery/types.js';
import type {PackedRecord} from './packed-record.js';

export const taskKinds = ['import-snapshot', 'export-image', 'store-image', 'discovery-import'] as const;
export type TaskKind = (typeof taskKinds)[number];

/** Normalised state; the raw status text is always kept beside it. */
export const categories = ['active', 'completed', 'failed', 'cancelled', 'unknown'] as const;
export type Category = (typeof categories)[number];

/** Reading order of categories wherever tasks are listed: failed first, then active, then the rest. */
export const categoryRank: Readonly<Record<Category, number>> = {failed: 0, active: 1, unknown: 2, cancelled: 3, completed: 4};

export type RawRecord = {
	'import-snapshot': ImportSnapshotTask;
	'export-image': ExportImageTask;
	'store-image': StoreImageTaskResult;
	'discovery-import': ImportTask;
};

/** Where a task lives: region always, account (id or profile label) when known. */
export type TaskScope = {
	region: string;
	/** Account id when known, else the profile name, else undefined. */
	account?: string | undefined;
	profile?: string | undefined;
};

type TaskBase = TaskScope & {
	id: string;
	/** Human name: Name tag, description, AMI id or import name, whichever the API offers. */
	name: string;
	/** Status exactly as AWS sent it (StatusMessage is in `message`). */
	status: string;
	category: Category;
	/** Status message, failure reason or record-count summary. */
	message?: string | undefined;
	/** 0-100, or undefined when the API has none (Discovery) or sent garbage. */
	progress?: number | undefined;
	startedAt?: Date | undefined;
	completedAt?: Date | undefined;
	/** The resource the task produces or reads: snapshot id, AMI id. */
	resourceId?: string | undefined;
	/** S3 location as s3://bucket/key-or-prefix, when the API gives one. */
	location?: string | undefined;
	/** Discovery only: records imported and failed (servers + applications). */
	records?: {succeeded: number; failed: number} | undefined;
	/** Snapshot imports only: the disk image's size in bytes, when AWS reports it (DiskImageSize). */
	diskImageBytes?: number | undefined;
};

/** `raw`: the AWS record exactly as the SDK returned it, read with unpackRecord. */
export type TaskOf<K extends TaskKind> = TaskBase & {kind: K; raw: PackedRecord<RawRecord[K]>};
export type Task = {[K in TaskKind]: TaskOf<K>}[TaskKind];

export const kindLabels: Record<TaskKind, string> = {
	'import-snapshot': 'Snapshot imports',
	'export-image': 'Image exports',
	'store-image': 'AMI store',
	'discovery-import': 'Discovery imports',
};

/** Store key: kind + account + region + id. */
export function taskKey(task: Pick<Task, 'kind' | 'account' | 'region' | 'id'>): string {
	// join makes one flat string; a template literal makes a chain of four cons strings (~130 B more per task).
	return [task.kind, task.account ?? '', task.region, task.id].join('|');
}
