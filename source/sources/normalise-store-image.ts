// DescribeStoreImageTasks record → Task.
import type {StoreImageTaskResult} from '@aws-sdk/client-ec2';
import {packRecord} from '../model/packed-record.js';
import type {Category, TaskOf, TaskScope} from '../model/task.js';
import {parseProgress, s3Location} from './normalise-common.js';

export function storeImageCategory(state: string | undefined): Category {
	switch (state) {
		case 'InProgress':
			return 'active';
		case 'Completed':
			return 'completed';
		case 'Failed':
			return 'failed';
		default:
			return 'unknown';
	}
}

/**
 * Store tasks have no task id. One AMI can be stored several times (retried after a failure, or to another
 * bucket) and each run is listed separately, so the AMI id alone would merge them; the AMI id plus the
 * task's start time is unique per run and stable across polls. Without a start time the AMI id is all
 * there is.
 */
export function storeTaskId(raw: Pick<StoreImageTaskResult, 'AmiId' | 'TaskStartTime'>): string {
	const ami = raw.AmiId ?? '(no AMI id)';
	return raw.TaskStartTime ? `${ami}@${raw.TaskStartTime.toISOString()}` : ami;
}

export function normaliseStoreImage(raw: StoreImageTaskResult, scope: TaskScope): TaskOf<'store-image'> {
	const category = storeImageCategory(raw.StoreTaskState);
	const progress = parseProgress(raw.ProgressPercentage);
	return {
		kind: 'store-image',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id: storeTaskId(raw),
		name: raw.AmiId ?? '(no AMI id)', // store tasks carry no tags or description
		status: raw.StoreTaskState ?? '',
		category,
		message: raw.StoreTaskFailureReason ?? undefined,
		progress: category === 'completed' && progress === undefined ? 100 : progress,
		startedAt: raw.TaskStartTime,
		resourceId: raw.AmiId,
		location: s3Location(raw.Bucket, raw.S3objectKey),
		raw: packRecord(raw),
	};
}
