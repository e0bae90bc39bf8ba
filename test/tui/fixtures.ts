// Stores for TUI tests: the four panes' sources registered and filled through pollSucceeded, as the poller
// does, with builders for the two kinds test/store/fixtures.ts does not cover.
import {packRecord} from '../../source/model/packed-record.js';
import type {Category, TaskOf, TaskScope} from '../../source/model/task.js';
import {createCutwatchStore, sourceKey, type CutwatchStore, type StoreOptions} from '../../source/store/index.js';
import {completed, failed, minute, scope, snapshot, storeTask, t0} from '../store/fixtures.js';

export {completed, failed, minute, scope, snapshot, storeTask, t0};

export const keyOf = {
	snapshot: sourceKey('import-snapshot', scope),
	export: sourceKey('export-image', scope),
	store: sourceKey('store-image', scope),
	discovery: sourceKey('discovery-import', scope),
};

export function exportTask(
	id: string,
	fields: {status?: string; category?: Category; progress?: number; message?: string; ami?: string} = {},
): TaskOf<'export-image'> {
	const status = fields.status ?? 'active';
	const ami = fields.ami ?? 'ami-0123456789abcdef0';
	return {
		kind: 'export-image',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id,
		name: `export of ${ami}`,
		status,
		category: fields.category ?? 'active',
		message: fields.message,
		progress: fields.progress ?? 30,
		resourceId: ami,
		location: 's3://exports/vms/',
		raw: packRecord({
			ExportImageTaskId: id,
			ImageId: ami,
			Status: status,
			StatusMessage: fields.message,
			Progress: String(fields.progress ?? 30),
			S3ExportLocation: {S3Bucket: 'exports', S3Prefix: 'vms/'},
		}),
	};
}

export function discoveryTask(
	id: string,
	fields: {name?: string; status?: string; category?: Category; succeeded?: number; failedRecords?: number; message?: string; startedAt?: Date} = {},
): TaskOf<'discovery-import'> {
	const status = fields.status ?? 'IMPORT_IN_PROGRESS';
	const startedAt = fields.startedAt ?? new Date(t0 - 12 * minute);
	return {
		kind: 'discovery-import',
		region: 'us-west-2',
		account: scope.account,
		profile: scope.profile,
		id,
		name: fields.name ?? 'rvtools-2026-11',
		status,
		category: fields.category ?? 'active',
		message: fields.message,
		progress: undefined,
		startedAt,
		location: 's3://discovery/rvtools.csv',
		records: {succeeded: fields.succeeded ?? 312, failed: fields.failedRecords ?? 0},
		raw: packRecord({
			importTaskId: id,
			name: fields.name ?? 'rvtools-2026-11',
			status,
			importUrl: 's3://discovery/rvtools.csv',
			importRequestTime: startedAt,
			serverImportSuccess: fields.succeeded ?? 312,
			serverImportFailure: fields.failedRecords ?? 0,
			errorsAndFailedEntriesZip: 'https://example.invalid/errors.zip',
		}),
	};
}

export const discoveryScope: TaskScope = {...scope, region: 'us-west-2'};
export const discoveryKey = sourceKey('discovery-import', discoveryScope);

/** All four sources registered (Discovery in us-west-2, like a Migration Hub home region). */
export function fourPaneStore(options?: StoreOptions): CutwatchStore {
	const store = createCutwatchStore(options);
	const state = store.getState();
	state.registerSource('import-snapshot', scope);
	state.registerSource('export-image', scope);
	state.registerSource('store-image', scope);
	state.registerSource('discovery-import', discoveryScope);
	return store;
}

/** A cutover in progress: a few tasks of each kind, one failure in snapshots and one in store. */
export function cutoverStore(): CutwatchStore {
	const store = fourPaneStore();
	const state = store.getState();
	state.pollSucceeded(
		keyOf.snapshot,
		[
			snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', progress: 81}),
			snapshot('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk', progress: 34}),
			failed('import-snap-1a2b3c4d5e6f7a8b9', {description: 'batch-01 root disk', message: 'ClientError: Unsupported kernel version'}),
			completed('import-snap-2b3c4d5e6f7a8b9c0', {description: 'ldap-01 root disk'}),
		],
		t0,
	);
	state.pollSucceeded(
		keyOf.export,
		[exportTask('export-ami-04c2d3e4f5a6b7c8d'), exportTask('export-ami-09aab0c1d2e3f4a5b', {status: 'completed', category: 'completed', progress: 100})],
		t0,
	);
	state.pollSucceeded(
		keyOf.store,
		[
			storeTask('ami-0123456789abcdef0', {progress: 62}),
			storeTask('ami-0456789abcdef0123', {status: 'Failed', category: 'failed', progress: 20, message: 'Access denied to bucket cutover-bucket'}),
		],
		t0,
	);
	state.pollSucceeded(discoveryKey, [discoveryTask('import-task-0123456789abcdef0123456789abcdef')], t0);
	return store;
}

/** `count` running snapshot imports, task-00000… in id order, progress spread so sorts differ. */
export function manySnapshots(count: number, at = t0): CutwatchStore {
	const store = fourPaneStore();
	store.getState().pollSucceeded(keyOf.snapshot, snapshotList(count), at);
	return store;
}

export function snapshotList(count: number, progressOf: (i: number) => number = (i) => (i * 7) % 100): TaskOf<'import-snapshot'>[] {
	return Array.from({length: count}, (_, i) =>
		snapshot(`import-snap-${String(i).padStart(17, '0')}`, {description: `server-${String(i).padStart(5, '0')} root disk`, progress: progressOf(i)}),
	);
}

/** A store pane's source denied by IAM, as the poller reports it. */
export const storeDenied = {
	code: 'UnauthorizedOperation',
	message: 'You are not authorized to perform this operation.',
	hint: 'your IAM policy does not allow ec2:DescribeStoreImageTasks',
	throttled: false,
};

/** A source AWS is throttling, as the poller reports it. */
export const throttledError = {
	code: 'RequestLimitExceeded',
	message: 'Request limit exceeded.',
	hint: 'AWS is throttling this API; backing off',
	throttled: true,
};
