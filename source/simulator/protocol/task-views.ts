// What each API returns for a task at a given instant: scenario spec + simulated time → the SDK's own shapes.
// Field presence follows real responses: a completed import has a SnapshotId and no
// Progress/StatusMessage; a failed one is `deleted` with a ClientError message; store results carry an int percent.
import type {ExportImageTask, ImportSnapshotTask, StoreImageTaskResult} from '@aws-sdk/client-ec2';
import type {ImportTask} from '../../aws/discovery/types.js';
import {hash32} from '../scenario/random.js';
import {deletingMs, type DiscoveryImportSpec, type ImageExportSpec, type ImportSnapshotSpec, type StoreImageSpec} from '../scenario/model.js';
import {momentAt, type Moment} from '../scenario/timeline.js';

/** Simulated now, and how to turn a simulated instant into wall-clock epoch ms for timestamps. */
export type SimTime = {nowMs: number; wallOf(simMs: number): number};

type Phase = readonly [belowProgress: number, message: string];

// Observed import messages: pending (progress 0-3), validating, validated (~22-32), downloading/converting (42), converting.
const importPhases: readonly Phase[] = [
	[3, 'pending'],
	[20, 'validating'],
	[30, 'validated'],
	[70, 'downloading/converting'],
	[101, 'converting'],
];
// Export messages are free text; "updating" at 21% is the AWS CLI example.
const exportPhases: readonly Phase[] = [
	[5, 'pending'],
	[15, 'validating'],
	[45, 'updating'],
	[101, 'converting'],
];
/** DiskImageSize reads 0.0 until validation has measured the disk. */
const sizeKnownAt = 20;

function phaseMessage(phases: readonly Phase[], progress: number): string {
	return (phases.find(([below]) => progress < below) ?? phases[phases.length - 1]!)[1];
}

function percent(progress: number): string {
	return String(Math.min(99, Math.floor(progress)));
}

type Ending = Pick<ImportSnapshotSpec, 'startMs' | 'durationMs' | 'stall' | 'stopAt'> & {outcome: string};

function moment(spec: Ending, nowMs: number): Moment | undefined {
	const endProgress = spec.outcome === 'completed' ? 100 : spec.stopAt;
	return momentAt({startMs: spec.startMs, durationMs: spec.durationMs, stall: spec.stall, endProgress}, nowMs);
}

/** True when an ended task has aged out of the listing. Cancelled tasks age from when they became `deleted`. */
function agedOut(current: Moment, outcome: string, retentionMs: number): boolean {
	if (current.phase !== 'ended') return false;
	const since = outcome === 'cancelled' ? current.sinceEndMs - deletingMs : current.sinceEndMs;
	return since > retentionMs;
}

export function importSnapshotView(spec: ImportSnapshotSpec, time: SimTime, retentionMs: number): ImportSnapshotTask | undefined {
	const current = moment(spec, time.nowMs);
	if (!current || agedOut(current, spec.outcome, retentionMs)) return undefined;
	const detail: NonNullable<ImportSnapshotTask['SnapshotTaskDetail']> = {
		Description: spec.description,
		DiskImageSize: 0,
		Encrypted: spec.encrypted,
		Format: spec.format,
		KmsKeyId: spec.kmsKeyId,
		Url: `s3://${spec.bucket}/${spec.key}`,
		UserBucket: {S3Bucket: spec.bucket, S3Key: spec.key},
	};
	if (current.phase === 'running') {
		detail.Status = 'active';
		detail.StatusMessage = phaseMessage(importPhases, current.progress);
		detail.Progress = percent(current.progress);
		if (current.progress >= sizeKnownAt) detail.DiskImageSize = spec.sizeBytes;
	} else if (spec.outcome === 'completed') {
		detail.Status = 'completed';
		detail.SnapshotId = spec.snapshotId;
		detail.DiskImageSize = spec.sizeBytes;
	} else if (spec.outcome === 'failed') {
		detail.Status = 'deleted';
		detail.StatusMessage = spec.message;
		if (spec.stopAt >= sizeKnownAt) detail.DiskImageSize = spec.sizeBytes;
	} else {
		detail.Status = current.sinceEndMs < deletingMs ? 'deleting' : 'deleted';
		if (spec.stopAt >= sizeKnownAt) detail.DiskImageSize = spec.sizeBytes;
	}
	return {Description: spec.description, ImportTaskId: spec.id, SnapshotTaskDetail: detail, Tags: spec.tags};
}

export function imageExportView(spec: ImageExportSpec, time: SimTime, retentionMs: number): ExportImageTask | undefined {
	const current = moment(spec, time.nowMs);
	if (!current || agedOut(current, spec.outcome, retentionMs)) return undefined;
	const task: ExportImageTask = {
		Description: spec.description,
		ExportImageTaskId: spec.id,
		ImageId: spec.imageId,
		S3ExportLocation: {S3Bucket: spec.bucket, S3Prefix: spec.prefix},
		Tags: spec.tags,
	};
	if (current.phase === 'running') {
		task.Status = 'active';
		task.StatusMessage = phaseMessage(exportPhases, current.progress);
		task.Progress = percent(current.progress);
	} else if (spec.outcome === 'completed') {
		task.Status = 'completed';
	} else if (spec.outcome === 'failed') {
		task.Status = 'deleted';
		task.StatusMessage = spec.message;
	} else {
		task.Status = current.sinceEndMs < deletingMs ? 'deleting' : 'deleted';
	}
	return task;
}

/** `ignoreRetention`: lookups by ImageId are not limited to the 31-day listing window. */
export function storeImageView(spec: StoreImageSpec, time: SimTime, retentionMs: number, ignoreRetention = false): StoreImageTaskResult | undefined {
	const current = moment(spec, time.nowMs);
	// The documented window is "store tasks from the last 31 days", so it counts from the start, not the end.
	if (!current || (!ignoreRetention && time.nowMs - spec.startMs > retentionMs)) return undefined;
	const result: StoreImageTaskResult = {
		AmiId: spec.amiId,
		TaskStartTime: new Date(time.wallOf(spec.startMs)),
		Bucket: spec.bucket,
		S3objectKey: spec.objectKey,
	};
	if (current.phase === 'running') {
		result.StoreTaskState = 'InProgress';
		result.ProgressPercentage = Math.min(99, Math.floor(current.progress));
	} else if (spec.outcome === 'completed') {
		result.StoreTaskState = 'Completed';
		result.ProgressPercentage = 100;
	} else {
		result.StoreTaskState = 'Failed';
		result.ProgressPercentage = Math.floor(spec.stopAt);
		result.StoreTaskFailureReason = spec.failureReason;
	}
	return result;
}

export function discoveryImportView(spec: DiscoveryImportSpec, time: SimTime, retentionMs: number): ImportTask | undefined {
	const current = momentAt({startMs: spec.startMs, durationMs: spec.durationMs, endProgress: 100}, time.nowMs);
	if (!current || agedOut(current, 'completed', retentionMs)) return undefined;
	const task: ImportTask = {
		importTaskId: spec.id,
		clientRequestToken: spec.clientRequestToken,
		name: spec.name,
		importUrl: spec.importUrl,
		importRequestTime: new Date(time.wallOf(spec.startMs)),
		fileClassification: spec.fileClassification,
	};
	if (current.phase === 'running') {
		task.status = 'IMPORT_IN_PROGRESS';
		Object.assign(task, {serverImportSuccess: 0, serverImportFailure: 0, applicationImportSuccess: 0, applicationImportFailure: 0});
		return task;
	}
	const completedWall = time.wallOf(current.endedAtMs);
	task.status = spec.outcome;
	task.importCompletionTime = new Date(completedWall);
	task.serverImportSuccess = spec.serverImportSuccess;
	task.serverImportFailure = spec.serverImportFailure;
	task.applicationImportSuccess = spec.applicationImportSuccess;
	task.applicationImportFailure = spec.applicationImportFailure;
	const hasFailures = spec.outcome === 'IMPORT_COMPLETE_WITH_ERRORS' || spec.serverImportFailure + spec.applicationImportFailure > 0;
	task.errorsAndFailedEntriesZip = spec.errorsAndFailedEntriesZip ?? (hasFailures ? presignedZipUrl(spec.id, completedWall) : undefined);
	return task;
}

/** A URL shaped like the S3 presigned link ADS returns for the failed-records archive (it leads nowhere). */
function presignedZipUrl(taskId: string, signedAtWall: number): string {
	const stamp = new Date(signedAtWall)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	let signature = '';
	for (let index = 0; signature.length < 64; index++) signature += hash32(`${taskId}/${index}`).toString(16).padStart(8, '0');
	const credential = encodeURIComponent(`ASIAXSIMULATOREXAMPLE/${stamp.slice(0, 8)}/us-east-1/s3/aws4_request`);
	return (
		`https://aws-discovery-import-errors-us-east-1.s3.us-east-1.amazonaws.com/${taskId}/errors-and-failed-entries.zip` +
		`?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=${stamp}&X-Amz-Expires=3600` +
		`&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature.slice(0, 64)}`
	);
}
