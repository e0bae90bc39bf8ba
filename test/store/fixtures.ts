// Task builders shaped like the normalisers' output: the raw record is rebuilt from the fields each time,
// as a fresh SDK response would be, so identity can only come from the store.
import {packRecord} from '../../source/model/packed-record.js';
import type {Category, Task, TaskOf, TaskScope} from '../../source/model/task.js';
import {createCutwatchStore, sourceKey} from '../../source/store/index.js';
import type {CutwatchStore, StoreOptions} from '../../source/store/index.js';

export const minute = 60_000;
export const hour = 60 * minute;
export const t0 = Date.UTC(2025, 5, 1, 12, 0, 0);
export const scope: TaskScope = {region: 'us-east-1', account: '111122223333', profile: 'prod'};
export const snapKey = sourceKey('import-snapshot', scope);
export const storeKey = sourceKey('store-image', scope);

type Fields = {
	status?: string;
	category?: Category;
	message?: string | undefined;
	progress?: number | undefined;
	description?: string;
	bucket?: string;
	snapshotId?: string;
	tags?: Array<{Key: string; Value: string}>;
	region?: string;
	account?: string;
};

export function snapshot(id: string, fields: Fields = {}): TaskOf<'import-snapshot'> {
	const status = fields.status ?? 'active';
	const category = fields.category ?? 'active';
	const message = 'message' in fields ? fields.message : 'converting';
	const progress = 'progress' in fields ? fields.progress : 42;
	const bucket = fields.bucket ?? 'cutover-disks';
	return {
		kind: 'import-snapshot',
		region: fields.region ?? scope.region,
		account: fields.account ?? scope.account,
		profile: scope.profile,
		id,
		name: fields.description ?? `disk ${id}`,
		status,
		category,
		message,
		progress,
		resourceId: fields.snapshotId,
		location: `s3://${bucket}/${id}.vmdk`,
		diskImageBytes: 705638400,
		raw: packRecord({
			ImportTaskId: id,
			Description: fields.description ?? `disk ${id}`,
			SnapshotTaskDetail: {
				Status: status,
				StatusMessage: message,
				Progress: progress === undefined ? undefined : String(progress),
				DiskImageSize: 705638400,
				Format: 'VMDK',
				SnapshotId: fields.snapshotId,
				UserBucket: {S3Bucket: bucket, S3Key: `${id}.vmdk`},
			},
			Tags: fields.tags ?? [{Key: 'wave', Value: '3'}],
		}),
	};
}

export function storeTask(ami: string, fields: Fields & {startedAt?: Date} = {}): TaskOf<'store-image'> {
	const status = fields.status ?? 'InProgress';
	const progress = 'progress' in fields ? fields.progress : 10;
	const startedAt = fields.startedAt ?? new Date(t0);
	return {
		kind: 'store-image',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id: ami,
		name: ami,
		status,
		category: fields.category ?? 'active',
		message: fields.message,
		progress,
		startedAt: new Date(startedAt.getTime()),
		resourceId: ami,
		location: `s3://${fields.bucket ?? 'ami-archive'}/${ami}.bin`,
		raw: packRecord({
			AmiId: ami,
			TaskStartTime: new Date(startedAt.getTime()),
			Bucket: fields.bucket ?? 'ami-archive',
			S3objectKey: `${ami}.bin`,
			ProgressPercentage: progress,
			StoreTaskState: status,
			StoreTaskFailureReason: fields.message,
		}),
	};
}

export function completed(id: string, fields: Fields = {}): Task {
	return snapshot(id, {status: 'completed', category: 'completed', message: undefined, progress: undefined, snapshotId: `snap-${id}`, ...fields});
}

export function failed(id: string, fields: Fields = {}): Task {
	return snapshot(id, {status: 'deleted', category: 'failed', message: 'ClientError: Disk validation failed', progress: undefined, ...fields});
}

/** A store with the snapshot and store-image sources of `scope` registered. */
export function storeWithSources(options?: StoreOptions): CutwatchStore {
	const store = createCutwatchStore(options);
	store.getState().registerSource('import-snapshot', scope);
	store.getState().registerSource('store-image', scope);
	return store;
}

/** Counts state changes (zustand subscriber calls). */
export function countUpdates(store: CutwatchStore): {readonly count: number; stop(): void} {
	let count = 0;
	const stop = store.subscribe(() => count++);
	return {
		get count() {
			return count;
		},
		stop,
	};
}
