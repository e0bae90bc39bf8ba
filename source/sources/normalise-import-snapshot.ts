// DescribeImportSnapshotTasks record → Task.
import type {ImportSnapshotTask} from '@aws-sdk/client-ec2';
import {packRecord} from '../model/packed-record.js';
import type {Category, TaskOf, TaskScope} from '../model/task.js';
import {firstText, parseProgress, s3Location, tagValue} from './normalise-common.js';

/** A failed import ends `deleted` with a StatusMessage like "ClientError: Disk validation failed [...]". */
const failureMessage = /^\s*(ClientError|ServerError)/;

export function importSnapshotCategory(status: string | undefined, statusMessage: string | undefined): Category {
	switch (status) {
		case 'active':
			return 'active';
		case 'completed':
			return 'completed';
		case 'deleted':
			return statusMessage !== undefined && failureMessage.test(statusMessage) ? 'failed' : 'cancelled';
		case 'deleting':
			return 'cancelled';
		case 'error': // never documented, but the SnapshotImported waiter treats it as failure
			return 'failed';
		default:
			return 'unknown';
	}
}

export function normaliseImportSnapshot(raw: ImportSnapshotTask, scope: TaskScope): TaskOf<'import-snapshot'> {
	const detail = raw.SnapshotTaskDetail ?? {};
	const id = raw.ImportTaskId ?? detail.SnapshotId ?? '(no task id)';
	const category = importSnapshotCategory(detail.Status, detail.StatusMessage);
	const progress = parseProgress(detail.Progress);
	return {
		kind: 'import-snapshot',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id,
		name: firstText(tagValue(raw.Tags, 'Name'), raw.Description, detail.Description) ?? id,
		status: detail.Status ?? '',
		category,
		message: detail.StatusMessage,
		// Completed tasks come back without Progress: the gauge must read full, not empty.
		progress: category === 'completed' && progress === undefined ? 100 : progress,
		resourceId: detail.SnapshotId,
		location: s3Location(detail.UserBucket?.S3Bucket, detail.UserBucket?.S3Key) ?? detail.Url,
		diskImageBytes:
			typeof detail.DiskImageSize === 'number' && Number.isFinite(detail.DiskImageSize) && detail.DiskImageSize > 0 ? detail.DiskImageSize : undefined,
		raw: packRecord(raw),
	};
}
