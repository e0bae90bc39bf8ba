// The resolved scenario model: every task with its timing and outcome, all defaults applied. Built by the demo
// cutover (cutover.ts), the large generator (generate.ts) or a JSON file (file.ts).
// Times are simulated milliseconds relative to the simulator's start.
import type {Tag} from '@aws-sdk/client-ec2';
import type {FileClassification, ImportStatus} from '../../aws/discovery/types.js';
import type {Stall} from './timeline.js';

export type TaskOutcome = 'completed' | 'failed' | 'cancelled';

type Timed = {
	/** Creation, relative to simulator start; negative for tasks that already exist. */
	startMs: number;
	/** Creation to end state, stall included. */
	durationMs: number;
	stall?: Stall | undefined;
};

/** Failed and cancelled tasks stop at `stopAt` percent; completed ones run to 100. */
type Ending<O extends string> = {outcome: O; stopAt: number};

export type ImportSnapshotSpec = Timed &
	Ending<TaskOutcome> & {
		id: string;
		description?: string | undefined;
		tags: Tag[];
		/** VMDK | VHD | VHDX | RAW. */
		format: string;
		/** DiskImageSize once validated, in bytes (what AWS really reports). */
		sizeBytes: number;
		encrypted: boolean;
		kmsKeyId?: string | undefined;
		bucket: string;
		key: string;
		snapshotId: string;
		/** StatusMessage of a failed task, e.g. "ClientError: Disk validation failed [...]". */
		message?: string | undefined;
	};

export type ImageExportSpec = Timed &
	Ending<TaskOutcome> & {
		id: string;
		imageId: string;
		description?: string | undefined;
		tags: Tag[];
		bucket: string;
		prefix: string;
		message?: string | undefined;
	};

export type StoreImageSpec = Timed &
	Ending<'completed' | 'failed'> & {
		amiId: string;
		bucket: string;
		objectKey: string;
		failureReason?: string | undefined;
	};

export type DiscoveryImportSpec = Timed & {
	id: string;
	name: string;
	importUrl: string;
	clientRequestToken: string;
	fileClassification?: FileClassification | undefined;
	/** Final status; IMPORT_IN_PROGRESS until then. */
	outcome: ImportStatus;
	serverImportSuccess: number;
	serverImportFailure: number;
	applicationImportSuccess: number;
	applicationImportFailure: number;
	/** Explicit URL; otherwise a presigned-looking one is made for outcomes with failed records. */
	errorsAndFailedEntriesZip?: string | undefined;
};

/** How long finished tasks stay listed. Infinity: forever. */
export type Retention = {
	importSnapshotMs: number;
	imageExportMs: number;
	storeImageMs: number;
	discoveryImportMs: number;
};

export type Scenario = {
	name: string;
	description?: string | undefined;
	retention: Retention;
	importSnapshots: ImportSnapshotSpec[];
	imageExports: ImageExportSpec[];
	storeImageTasks: StoreImageSpec[];
	discoveryImports: DiscoveryImportSpec[];
};

const day = 86_400_000;

/** AWS's documented windows: import tasks 7 days after finishing, store tasks from the last 31 days. Export and
 * Discovery document none (Discovery keeps tasks until deleted), so they stay. */
export const defaultRetention: Retention = {
	importSnapshotMs: 7 * day,
	imageExportMs: Number.POSITIVE_INFINITY,
	storeImageMs: 31 * day,
	discoveryImportMs: Number.POSITIVE_INFINITY,
};

/** A cancelled import or export shows `deleting` this long before `deleted`. */
export const deletingMs = 30_000;

export function taskCount(scenario: Scenario): number {
	return scenario.importSnapshots.length + scenario.imageExports.length + scenario.storeImageTasks.length + scenario.discoveryImports.length;
}

/** Simulated time at which the last task reaches its end state (the cutover's length). */
export function scenarioEndMs(scenario: Scenario): number {
	let end = 0;
	for (const list of [scenario.importSnapshots, scenario.imageExports, scenario.storeImageTasks, scenario.discoveryImports]) {
		for (const task of list) end = Math.max(end, task.startMs + task.durationMs);
	}
	return end;
}
