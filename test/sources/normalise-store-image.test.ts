import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {StoreImageTaskResult} from '@aws-sdk/client-ec2';
import type {TaskScope} from '../../source/model/task.js';
import {normaliseStoreImage} from '../../source/sources/normalise-store-image.js';

const scope: TaskScope = {region: 'us-west-2', profile: 'migration'};
const started = new Date('2024-04-29T08:00:00.000Z');

function task(extra: Partial<StoreImageTaskResult>): StoreImageTaskResult {
	return {AmiId: 'ami-0aaaaaaaaaaaaaaaa', TaskStartTime: started, Bucket: 'my-ami-store-bucket', ...extra};
}

test('InProgress store task is running with its integer progress', () => {
	const t = normaliseStoreImage(task({StoreTaskState: 'InProgress', ProgressPercentage: 12}), scope);
	assert.deepEqual([t.category, t.progress], ['active', 12]);
});

test('Completed store task is completed', () => {
	const t = normaliseStoreImage(task({StoreTaskState: 'Completed', ProgressPercentage: 100}), scope);
	assert.deepEqual([t.category, t.progress], ['completed', 100]);
});

test('Failed store task is failed with the failure reason as its message', () => {
	const t = normaliseStoreImage(task({StoreTaskState: 'Failed', StoreTaskFailureReason: 'Access denied to bucket'}), scope);
	assert.deepEqual([t.category, t.message], ['failed', 'Access denied to bucket']);
});

test('an unknown state is unknown and its raw text is kept', () => {
	const t = normaliseStoreImage(task({StoreTaskState: 'Queued'}), scope);
	assert.deepEqual([t.category, t.status], ['unknown', 'Queued']);
});

test('an out-of-range percentage is clamped to 0-100', () => {
	assert.equal(normaliseStoreImage(task({StoreTaskState: 'InProgress', ProgressPercentage: 250}), scope).progress, 100);
});

test('two store runs of one AMI get distinct stable ids, both pointing at the AMI', () => {
	const first = normaliseStoreImage(task({StoreTaskState: 'Failed'}), scope);
	const retry = normaliseStoreImage(task({StoreTaskState: 'InProgress', TaskStartTime: new Date('2024-04-30T09:00:00.000Z')}), scope);
	assert.notEqual(first.id, retry.id);
	assert.equal(first.id, normaliseStoreImage(task({StoreTaskState: 'Completed'}), scope).id);
	assert.deepEqual([first.resourceId, retry.resourceId, first.name], ['ami-0aaaaaaaaaaaaaaaa', 'ami-0aaaaaaaaaaaaaaaa', 'ami-0aaaaaaaaaaaaaaaa']);
});

test('location is s3://bucket/object-key and the start time is kept', () => {
	const t = normaliseStoreImage(task({S3objectKey: 'ami-0aaaaaaaaaaaaaaaa.bin'}), scope);
	assert.equal(t.location, 's3://my-ami-store-bucket/ami-0aaaaaaaaaaaaaaaa.bin');
	assert.equal(t.startedAt?.toISOString(), '2024-04-29T08:00:00.000Z');
});
