// A store that fills a 200×50 screen: all four panes registered and filled through pollSucceeded, as the poller
// fills them, with task records shaped like the normalisers' output. Most tasks are snapshot imports (the pane
// that grows to thousands in a real cutover); the other three panes hold enough to fill their rows.
import {packRecord} from '../source/model/packed-record.js';
import type {Category, Task, TaskKind, TaskOf, TaskScope} from '../source/model/task.js';
import {createCutwatchStore, sourceKey, type CutwatchStore} from '../source/store/index.js';

export const scope: TaskScope = {region: 'us-east-1', account: '111122223333', profile: 'bench'};
/** Tasks in each of the three smaller panes: more than a pane's rows on a 200×50 grid. */
export const smallPane = 25;

const minute = 60_000;

export const keyOf: Record<TaskKind, string> = {
	'import-snapshot': sourceKey('import-snapshot', scope),
	'export-image': sourceKey('export-image', scope),
	'store-image': sourceKey('store-image', scope),
	'discovery-import': sourceKey('discovery-import', scope),
};

/**
 * Status by position: mostly running, a third finished, and a handful (at most five of each, from the first
 * 1,000) failed or cancelled, as mid-cutover. Failures sort first, so a few keep running rows on screen.
 */
function stateOf(i: number): {status: string; category: Category} {
	if (i < 1_000 && i % 200 === 19) return {status: 'deleted', category: 'failed'};
	if (i < 1_000 && i % 200 === 39) return {status: 'deleted', category: 'cancelled'};
	return i % 20 < 13 ? {status: 'active', category: 'active'} : {status: 'completed', category: 'completed'};
}

export function snapshotTask(i: number, progress: number): TaskOf<'import-snapshot'> {
	const id = `import-snap-${i.toString(16).padStart(17, '0')}`;
	const {status, category} = stateOf(i);
	const message =
		category === 'failed' ? 'ClientError: Disk validation failed [Unsupported specified file format]' : category === 'active' ? 'converting' : undefined;
	const shownProgress = category === 'active' ? progress : undefined;
	const name = `server-${String(i).padStart(5, '0')} root disk`;
	return {
		kind: 'import-snapshot',
		...scope,
		id,
		name,
		status,
		category,
		message,
		progress: shownProgress,
		// Imports carry no start time (the API has none), so their age column stays blank, as in the TUI.
		startedAt: undefined,
		resourceId: category === 'completed' ? `snap-${i.toString(16).padStart(17, '0')}` : undefined,
		location: `s3://cutover-disks/${name.replaceAll(' ', '-')}.vmdk`,
		diskImageBytes: 21_474_836_480,
		raw: packRecord({
			ImportTaskId: id,
			Description: name,
			SnapshotTaskDetail: {
				Status: status,
				StatusMessage: message,
				Progress: shownProgress === undefined ? undefined : String(shownProgress),
				DiskImageSize: 21_474_836_480,
				Format: 'VMDK',
				UserBucket: {S3Bucket: 'cutover-disks', S3Key: `${name.replaceAll(' ', '-')}.vmdk`},
			},
			Tags: [{Key: 'wave', Value: String(1 + (i % 3))}],
		}),
	};
}

function exportTask(i: number): TaskOf<'export-image'> {
	const id = `export-ami-${i.toString(16).padStart(17, '0')}`;
	const {status, category} = stateOf(i);
	const progress = category === 'active' ? (i * 13) % 100 : undefined;
	const ami = `ami-${(i + 4096).toString(16).padStart(17, '0')}`;
	return {
		kind: 'export-image',
		...scope,
		id,
		name: `export of ${ami}`,
		status,
		category,
		progress,
		resourceId: ami,
		location: 's3://exports/vms/',
		raw: packRecord({
			ExportImageTaskId: id,
			ImageId: ami,
			Status: status,
			Progress: progress === undefined ? undefined : String(progress),
			S3ExportLocation: {S3Bucket: 'exports', S3Prefix: 'vms/'},
		}),
	};
}

function storeImageTask(i: number, at: number): TaskOf<'store-image'> {
	const ami = `ami-${(i + 8192).toString(16).padStart(17, '0')}`;
	const {category} = stateOf(i);
	const status = category === 'active' ? 'InProgress' : category === 'completed' ? 'Completed' : 'Failed';
	const progress = category === 'active' ? (i * 11) % 100 : category === 'completed' ? 100 : 20;
	const startedAt = new Date(at - (i + 1) * 7 * minute);
	return {
		kind: 'store-image',
		...scope,
		id: `${ami}@${startedAt.toISOString()}`,
		name: ami,
		status,
		category: status === 'Failed' ? 'failed' : category,
		message: status === 'Failed' ? 'Access denied to bucket cutover-bucket' : undefined,
		progress,
		startedAt,
		resourceId: ami,
		location: `s3://ami-archive/${ami}.bin`,
		raw: packRecord({
			AmiId: ami,
			TaskStartTime: startedAt,
			Bucket: 'ami-archive',
			S3objectKey: `${ami}.bin`,
			ProgressPercentage: progress,
			StoreTaskState: status,
		}),
	};
}

function discoveryTask(i: number, at: number): TaskOf<'discovery-import'> {
	const id = `import-task-${i.toString(16).padStart(32, '0')}`;
	const {category} = stateOf(i);
	const status = category === 'active' ? 'IMPORT_IN_PROGRESS' : category === 'completed' ? 'IMPORT_COMPLETE' : 'IMPORT_FAILED';
	const startedAt = new Date(at - (i + 1) * 11 * minute);
	const records = {succeeded: 100 + i, failed: 0};
	return {
		kind: 'discovery-import',
		...scope,
		id,
		name: `rvtools-dc${i}`,
		status,
		category: status === 'IMPORT_FAILED' ? 'failed' : category,
		message: status === 'IMPORT_FAILED' ? 'the file could not be read' : undefined,
		progress: undefined,
		startedAt,
		location: `s3://discovery/rvtools-dc${i}.csv`,
		records,
		raw: packRecord({
			importTaskId: id,
			name: `rvtools-dc${i}`,
			status,
			importUrl: `s3://discovery/rvtools-dc${i}.csv`,
			importRequestTime: startedAt,
			serverImportSuccess: records.succeeded,
			serverImportFailure: 0,
		}),
	};
}

/** Fresh objects every call, as a new SDK response would be; `progressOf(i)` is task i's progress. */
export function snapshotListing(count: number, progressOf: (i: number) => number = (i) => (i * 7) % 100): Task[] {
	return Array.from({length: count}, (_, i) => snapshotTask(i, progressOf(i)));
}

/** `total` tasks in the store: `smallPane` in each of the export, store and Discovery panes, the rest snapshot imports. */
export function filledStore(total: number, at: number): CutwatchStore {
	const store = createCutwatchStore();
	const state = store.getState();
	for (const kind of Object.keys(keyOf) as TaskKind[]) state.registerSource(kind, scope);
	state.pollSucceeded(
		keyOf['export-image'],
		Array.from({length: smallPane}, (_, i) => exportTask(i)),
		at,
	);
	state.pollSucceeded(
		keyOf['store-image'],
		Array.from({length: smallPane}, (_, i) => storeImageTask(i, at)),
		at,
	);
	state.pollSucceeded(
		keyOf['discovery-import'],
		Array.from({length: smallPane}, (_, i) => discoveryTask(i, at)),
		at,
	);
	state.pollSucceeded(keyOf['import-snapshot'], snapshotListing(snapshotCount(total)), at);
	return store;
}

export function snapshotCount(total: number): number {
	return Math.max(0, total - 3 * smallPane);
}
