// DescribeExportImageTasks record → Task.
import type {ExportImageTask} from '@aws-sdk/client-ec2';
import {packRecord} from '../model/packed-record.js';
import type {Category, TaskOf, TaskScope} from '../model/task.js';
import {firstText, parseProgress, s3Location, tagValue} from './normalise-common.js';

/**
 * Export failures are not documented; like imports they are expected to end `deleted` with a message such as
 * "ClientError: ..." (inferred), so any message mentioning an error or failure counts as failed.
 */
const errorLooking = /error|fail/i;

export function exportImageCategory(status: string | undefined, statusMessage: string | undefined): Category {
	switch (status) {
		case 'active':
			return 'active';
		case 'completed':
			return 'completed';
		case 'deleted':
			return statusMessage !== undefined && errorLooking.test(statusMessage) ? 'failed' : 'cancelled';
		case 'deleting':
			return 'cancelled';
		default:
			return 'unknown';
	}
}

export function normaliseExportImage(raw: ExportImageTask, scope: TaskScope): TaskOf<'export-image'> {
	const id = raw.ExportImageTaskId ?? raw.ImageId ?? '(no task id)';
	const category = exportImageCategory(raw.Status, raw.StatusMessage);
	const progress = parseProgress(raw.Progress);
	return {
		kind: 'export-image',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id,
		name: firstText(tagValue(raw.Tags, 'Name'), raw.Description, raw.ImageId) ?? id,
		status: raw.Status ?? '',
		category,
		message: raw.StatusMessage,
		// The completed example in the CLI docs omits Progress.
		progress: category === 'completed' && progress === undefined ? 100 : progress,
		resourceId: raw.ImageId,
		location: s3Location(raw.S3ExportLocation?.S3Bucket, raw.S3ExportLocation?.S3Prefix),
		raw: packRecord(raw),
	};
}
