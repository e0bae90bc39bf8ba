// The JSON scenario format, as TypeScript types: what a file may say, and the defaults for what it leaves out.
// Validation and defaults live in file.ts; ../README.md "Scenario files" has a walk-through; a full example is
// ../examples/cutover.json. Every field is optional.
import type {FileClassification, ImportStatus} from '../../aws/discovery/types.js';
import type {TaskOutcome} from './model.js';

/** Milliseconds, or text: "90s", "-5m", "1h30m", "7d" (units ms, s, m, h, d). */
export type DurationValue = number | string;

export type ScenarioFileTiming = {
	/** Creation time relative to the simulator's start; negative = already existed. Default "0s". */
	start?: DurationValue;
	/** From creation to the end state, stall included. Default "5m". */
	duration?: DurationValue;
	/** Progress stops at `at` percent (1-99) for `for`. */
	stall?: {at: number; for: DurationValue};
};

export type ScenarioFileImportSnapshot = ScenarioFileTiming & {
	/** Default: generated from the seed (import-snap- + 17 hex). */
	id?: string;
	/** Value of the Name tag, e.g. "web-01" or "db-02 root disk". */
	name?: string;
	description?: string;
	/** More tags, {"wave": "wave-2"}. */
	tags?: Record<string, string>;
	/** Default VMDK. */
	format?: 'VMDK' | 'VHD' | 'VHDX' | 'RAW';
	/** DiskImageSize once validated. Default 8 GiB. */
	sizeBytes?: number;
	/** Default: true when kmsKeyId is given. */
	encrypted?: boolean;
	/** Default for encrypted tasks: an example account key ARN. */
	kmsKeyId?: string;
	/** Default "cutover-vm-imports". */
	bucket?: string;
	/** Default "vms/<name or id>.<format>". */
	key?: string;
	snapshotId?: string;
	/** Default "completed". */
	outcome?: TaskOutcome;
	/** Failed/cancelled: progress where it stops. Default 12 for failed, 50 for cancelled. */
	stopAt?: number;
	/** Failed: StatusMessage. Default "ClientError: Disk validation failed [Unsupported specified file format]". */
	message?: string;
};

export type ScenarioFileImageExport = ScenarioFileTiming & {
	id?: string;
	imageId?: string;
	name?: string;
	description?: string;
	tags?: Record<string, string>;
	/** Default "cutover-vm-exports". */
	bucket?: string;
	/** Default "exports/". */
	prefix?: string;
	outcome?: TaskOutcome;
	stopAt?: number;
	message?: string;
};

export type ScenarioFileStoreImage = ScenarioFileTiming & {
	amiId?: string;
	/** Default "cutover-ami-store". */
	bucket?: string;
	/** Default "<amiId>.bin". */
	objectKey?: string;
	outcome?: 'completed' | 'failed';
	stopAt?: number;
	/** Failed: StoreTaskFailureReason. Default "Access denied to bucket <bucket>". */
	failureReason?: string;
};

export type ScenarioFileDiscoveryImport = ScenarioFileTiming & {
	id?: string;
	/** Default "import-<n>". */
	name?: string;
	/** Default "s3://cutover-discovery-imports/<name>.csv". */
	importUrl?: string;
	clientRequestToken?: string;
	fileClassification?: FileClassification;
	/** Final status. Default IMPORT_COMPLETE. */
	outcome?: ImportStatus;
	serverImportSuccess?: number;
	serverImportFailure?: number;
	applicationImportSuccess?: number;
	applicationImportFailure?: number;
	errorsAndFailedEntriesZip?: string;
};

export type ScenarioFile = {
	name?: string;
	description?: string;
	/** Seeds the ids the file leaves out. Default 1. */
	seed?: number | string;
	/** How long finished tasks stay listed: a duration or "forever". Defaults: importSnapshot 7d, storeImage 31d, others forever. */
	retention?: Partial<Record<'importSnapshot' | 'imageExport' | 'storeImage' | 'discoveryImport', DurationValue | 'forever'>>;
	importSnapshots?: ScenarioFileImportSnapshot[];
	imageExports?: ScenarioFileImageExport[];
	storeImageTasks?: ScenarioFileStoreImage[];
	discoveryImports?: ScenarioFileDiscoveryImport[];
};
