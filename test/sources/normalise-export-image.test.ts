import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ExportImageTask} from '@aws-sdk/client-ec2';
import type {TaskScope} from '../../source/model/task.js';
import {normaliseExportImage} from '../../source/sources/normalise-export-image.js';

const scope: TaskScope = {region: 'us-east-1', account: '123456789012'};

function task(extra: Partial<ExportImageTask>): ExportImageTask {
	return {ExportImageTaskId: 'export-ami-1234567890abcdef0', ImageId: 'ami-0123456789abcdef0', ...extra};
}

test('active export shows as running with its string progress parsed', () => {
	const t = normaliseExportImage(task({Status: 'active', StatusMessage: 'converting', Progress: '37'}), scope);
	assert.deepEqual([t.category, t.progress, t.message], ['active', 37, 'converting']);
});

test('completed export without Progress shows a full gauge', () => {
	const t = normaliseExportImage(task({Status: 'completed'}), scope);
	assert.deepEqual([t.category, t.progress], ['completed', 100]);
});

test('deleted export with an error-looking message is failed and keeps the message', () => {
	const t = normaliseExportImage(task({Status: 'deleted', StatusMessage: 'ClientError: Unsupported format'}), scope);
	assert.deepEqual([t.category, t.message], ['failed', 'ClientError: Unsupported format']);
});

test('deleted export without an error message is cancelled', () => {
	assert.equal(normaliseExportImage(task({Status: 'deleted', StatusMessage: 'Canceled by user'}), scope).category, 'cancelled');
});

test('deleting export is cancelled', () => {
	assert.equal(normaliseExportImage(task({Status: 'deleting'}), scope).category, 'cancelled');
});

test('an unknown status is unknown and its raw text is kept', () => {
	const t = normaliseExportImage(task({Status: 'paused'}), scope);
	assert.deepEqual([t.category, t.status], ['unknown', 'paused']);
});

test('a Progress that is not a number gives no progress', () => {
	assert.equal(normaliseExportImage(task({Status: 'active', Progress: 'soon'}), scope).progress, undefined);
});

test('name is the Name tag, else the description, else the AMI id', () => {
	assert.equal(normaliseExportImage(task({Tags: [{Key: 'Name', Value: 'web export'}], Description: 'd'}), scope).name, 'web export');
	assert.equal(normaliseExportImage(task({Tags: [{Key: 'team', Value: 'platform'}], Description: 'Export of web AMI'}), scope).name, 'Export of web AMI');
	assert.equal(normaliseExportImage(task({}), scope).name, 'ami-0123456789abcdef0');
});

test('location is s3://bucket/prefix and the resource is the AMI', () => {
	const t = normaliseExportImage(task({S3ExportLocation: {S3Bucket: 'my-export-bucket', S3Prefix: 'exports/'}}), scope);
	assert.equal(t.location, 's3://my-export-bucket/exports/');
	assert.equal(t.resourceId, 'ami-0123456789abcdef0');
});
