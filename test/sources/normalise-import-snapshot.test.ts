import {unpackRecord} from '../../source/model/packed-record.js';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ImportSnapshotTask} from '@aws-sdk/client-ec2';
import type {TaskScope} from '../../source/model/task.js';
import {normaliseImportSnapshot} from '../../source/sources/normalise-import-snapshot.js';

const scope: TaskScope = {region: 'eu-west-1', account: '123456789012', profile: 'prod'};

function task(detail: NonNullable<ImportSnapshotTask['SnapshotTaskDetail']>, extra: Partial<ImportSnapshotTask> = {}): ImportSnapshotTask {
	return {ImportTaskId: 'import-snap-1234567890abcdef0', SnapshotTaskDetail: detail, ...extra};
}

test('active import shows as running with its string progress parsed', () => {
	const t = normaliseImportSnapshot(task({Status: 'active', StatusMessage: 'downloading/converting', Progress: '42'}), scope);
	assert.equal(t.category, 'active');
	assert.equal(t.progress, 42);
	assert.equal(t.message, 'downloading/converting');
});

test('completed import without Progress shows a full gauge', () => {
	const t = normaliseImportSnapshot(task({Status: 'completed', SnapshotId: 'snap-0123456789abcdef0'}), scope);
	assert.equal(t.category, 'completed');
	assert.equal(t.progress, 100);
});

test('deleted import with a ClientError or ServerError message is failed and keeps the message', () => {
	const message = 'ClientError: Disk validation failed [Unsupported specified file format]';
	const client = normaliseImportSnapshot(task({Status: 'deleted', StatusMessage: message, DiskImageSize: 0}), scope);
	const server = normaliseImportSnapshot(task({Status: 'deleted', StatusMessage: 'ServerError: internal failure'}), scope);
	assert.deepEqual([client.category, client.message], ['failed', message]);
	assert.equal(server.category, 'failed');
});

test('deleted import without an error message is cancelled', () => {
	assert.equal(normaliseImportSnapshot(task({Status: 'deleted'}), scope).category, 'cancelled');
});

test('deleting import is cancelled', () => {
	assert.equal(normaliseImportSnapshot(task({Status: 'deleting', StatusMessage: 'pending'}), scope).category, 'cancelled');
});

test("the waiter's error status is failed", () => {
	assert.equal(normaliseImportSnapshot(task({Status: 'error'}), scope).category, 'failed');
});

test('an unknown status is unknown and its raw text is kept', () => {
	const t = normaliseImportSnapshot(task({Status: 'validating-ish'}), scope);
	assert.deepEqual([t.category, t.status], ['unknown', 'validating-ish']);
});

test('a Progress that is not a number gives no progress rather than a wrong one', () => {
	assert.equal(normaliseImportSnapshot(task({Status: 'active', Progress: 'n/a'}), scope).progress, undefined);
});

test('progress is clamped to 0-100', () => {
	assert.equal(normaliseImportSnapshot(task({Status: 'active', Progress: '140'}), scope).progress, 100);
	assert.equal(normaliseImportSnapshot(task({Status: 'active', Progress: '-3'}), scope).progress, 0);
});

test('name is the Name tag, else the description, else the task id', () => {
	const tagged = task({Status: 'active'}, {Description: 'My server VMDK', Tags: [{Key: 'Name', Value: 'web-01'}]});
	assert.equal(normaliseImportSnapshot(tagged, scope).name, 'web-01');
	assert.equal(normaliseImportSnapshot(task({Status: 'active'}, {Description: 'My server VMDK'}), scope).name, 'My server VMDK');
	assert.equal(normaliseImportSnapshot(task({Status: 'active'}), scope).name, 'import-snap-1234567890abcdef0');
});

test('location is the user bucket as s3://bucket/key and the resource is the snapshot', () => {
	const t = normaliseImportSnapshot(
		task({
			Status: 'completed',
			SnapshotId: 'snap-0123456789abcdef0',
			UserBucket: {S3Bucket: 'my-import-bucket', S3Key: 'vms/my-server-vm.vmdk'},
		}),
		scope,
	);
	assert.equal(t.location, 's3://my-import-bucket/vms/my-server-vm.vmdk');
	assert.equal(t.resourceId, 'snap-0123456789abcdef0');
});

test('id, scope and the raw record are carried over', () => {
	const raw = task({Status: 'active'});
	const t = normaliseImportSnapshot(raw, scope);
	assert.deepEqual([t.kind, t.id, t.region, t.account, t.profile], ['import-snapshot', 'import-snap-1234567890abcdef0', 'eu-west-1', '123456789012', 'prod']);
	assert.deepEqual(unpackRecord(t.raw), raw);
});
