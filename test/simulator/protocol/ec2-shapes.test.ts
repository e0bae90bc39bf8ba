// Every field of every shape, read back through the real @aws-sdk/client-ec2 (and raw Discovery JSON), with the
// types a monitor relies on: numbers, booleans, Dates, string progress, tags and nested S3 locations.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand, DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {discoveryCall, ec2Client, ec2FormCall, startTestSimulator, startWall} from '../helpers.js';
import {hour, kmsKey, minute, second, smallScenario} from '../fixtures.js';

describe('EC2 response shapes through the SDK', () => {
	it('DescribeImportSnapshotTasks: completed, running and failed tasks with their exact fields', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(50 * second);
		const output = await ec2Client(sim.endpoint).send(new DescribeImportSnapshotTasksCommand({}));
		assert.equal(output.$metadata.httpStatusCode, 200);
		assert.equal(output.NextToken, undefined, 'no token on the last page');
		assert.deepEqual(output.ImportSnapshotTasks, [
			{
				Description: 'My server VMDK',
				ImportTaskId: 'import-snap-1234567890abcdef0',
				SnapshotTaskDetail: {
					Description: 'My server VMDK',
					DiskImageSize: 705638400,
					Encrypted: true,
					Format: 'VMDK',
					KmsKeyId: kmsKey,
					SnapshotId: 'snap-0123456789abcdef0',
					Status: 'completed',
					Url: 's3://my-import-bucket/vms/web-01.vmdk',
					UserBucket: {S3Bucket: 'my-import-bucket', S3Key: 'vms/web-01.vmdk'},
				},
				Tags: [
					{Key: 'Name', Value: 'web-01'},
					{Key: 'team', Value: 'a & <b>'},
				],
			},
			{
				ImportTaskId: 'import-snap-0aaaaaaaaaaaaaaa1',
				SnapshotTaskDetail: {
					DiskImageSize: 0,
					Encrypted: false,
					Format: 'VHD',
					Status: 'deleted',
					StatusMessage: 'ClientError: Disk validation failed [Unsupported specified file format]',
					Url: 's3://my-import-bucket/vms/bad.vhd',
					UserBucket: {S3Bucket: 'my-import-bucket', S3Key: 'vms/bad.vhd'},
				},
				Tags: [],
			},
			{
				Description: 'db-02 root disk',
				ImportTaskId: 'import-snap-0fedcba0987654321',
				SnapshotTaskDetail: {
					Description: 'db-02 root disk',
					DiskImageSize: 1258299392,
					Encrypted: false,
					Format: 'RAW',
					Progress: '50',
					Status: 'active',
					StatusMessage: 'downloading/converting',
					Url: 's3://my-import-bucket/vms/db-02.raw',
					UserBucket: {S3Bucket: 'my-import-bucket', S3Key: 'vms/db-02.raw'},
				},
				Tags: [{Key: 'Name', Value: 'db-02 root disk'}],
			},
		]);
		assert.equal(typeof output.ImportSnapshotTasks?.[0]?.SnapshotTaskDetail?.DiskImageSize, 'number');
		assert.equal(typeof output.ImportSnapshotTasks?.[2]?.SnapshotTaskDetail?.Progress, 'string');
	});

	it('DescribeExportImageTasks: completed (no progress), active and failed', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(50 * second);
		const output = await ec2Client(sim.endpoint).send(new DescribeExportImageTasksCommand({}));
		assert.deepEqual(output.ExportImageTasks, [
			{
				Description: 'Export of web AMI',
				ExportImageTaskId: 'export-ami-1234567890abcdef0',
				ImageId: 'ami-0123456789abcdef0',
				S3ExportLocation: {S3Bucket: 'my-export-bucket', S3Prefix: 'exports/'},
				Status: 'completed',
				Tags: [{Key: 'team', Value: 'platform'}],
			},
			{
				ExportImageTaskId: 'export-ami-0ccccccccccccccc3',
				ImageId: 'ami-0ccccccccccccccc3',
				S3ExportLocation: {S3Bucket: 'my-export-bucket', S3Prefix: 'exports/'},
				Status: 'deleted',
				StatusMessage: 'ClientError: Insufficient permissions to write to the S3 bucket',
				Tags: [],
			},
			{
				ExportImageTaskId: 'export-ami-0fedcba0987654321',
				ImageId: 'ami-0fedcba0987654321',
				Progress: '35',
				S3ExportLocation: {S3Bucket: 'my-export-bucket', S3Prefix: 'exports/'},
				Status: 'active',
				StatusMessage: 'updating',
				Tags: [],
			},
		]);
		assert.equal(output.NextToken, undefined);
	});

	it('DescribeStoreImageTasks: newest first, Dates, integer percentages and the failure reason', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(25 * second);
		const output = await ec2Client(sim.endpoint).send(new DescribeStoreImageTasksCommand({}));
		assert.deepEqual(output.StoreImageTaskResults, [
			{
				AmiId: 'ami-0bbbbbbbbbbbbbbbb',
				TaskStartTime: new Date(startWall - 25 * second),
				Bucket: 'my-ami-store-bucket',
				S3objectKey: 'ami-0bbbbbbbbbbbbbbbb.bin',
				ProgressPercentage: 50,
				StoreTaskState: 'InProgress',
			},
			{
				AmiId: 'ami-0bbbbbbbbbbbbbbbb',
				TaskStartTime: new Date(startWall - 2 * hour),
				Bucket: 'cutover-bucket',
				S3objectKey: 'ami-0bbbbbbbbbbbbbbbb.bin',
				ProgressPercentage: 12,
				StoreTaskState: 'Failed',
				StoreTaskFailureReason: 'Access denied to bucket cutover-bucket',
			},
			{
				AmiId: 'ami-0aaaaaaaaaaaaaaaa',
				TaskStartTime: new Date(startWall - 3 * hour),
				Bucket: 'my-ami-store-bucket',
				S3objectKey: 'ami-0aaaaaaaaaaaaaaaa.bin',
				ProgressPercentage: 100,
				StoreTaskState: 'Completed',
			},
		]);
		assert.ok(output.StoreImageTaskResults?.[0]?.TaskStartTime instanceof Date);
	});

	it('keeps empty list wrappers, so empty answers are [] and not undefined', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: {...smallScenario(), storeImageTasks: []}});
		clock.advance(second);
		const client = ec2Client(sim.endpoint);
		const store = await client.send(new DescribeStoreImageTasksCommand({}));
		assert.deepEqual(store.StoreImageTaskResults, []);
		const imports = await client.send(new DescribeImportSnapshotTasksCommand({Filters: [{Name: 'task-state', Values: ['deleting']}]}));
		assert.deepEqual(imports.ImportSnapshotTasks, []);
		const exports = await client.send(new DescribeExportImageTasksCommand({ExportImageTaskIds: ['export-ami-0000000000000000f']}));
		assert.deepEqual(exports.ExportImageTasks, []);
	});

	it('puts the request id in the x-amzn-requestid header (where the SDK reads it) and in the body', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const response = await ec2FormCall(sim.endpoint, {Action: 'DescribeExportImageTasks', Version: '2016-11-15'});
		assert.equal(response.status, 200);
		assert.match(String(response.headers['content-type']), /^text\/xml;charset=UTF-8$/);
		const id = response.headers['x-amzn-requestid'];
		assert.match(String(id), /^[0-9a-f-]{36}$/);
		assert.ok(response.body.includes(`<requestId>${id}</requestId>`));
		assert.ok(
			response.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<DescribeExportImageTasksResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'),
		);
		const output = await ec2Client(sim.endpoint).send(new DescribeExportImageTasksCommand({}));
		assert.match(String(output.$metadata.requestId), /^[0-9a-f-]{36}$/);
	});
});

describe('Discovery DescribeImportTasks shape', () => {
	it('returns every ImportTask member, timestamps as epoch seconds', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(20 * second);
		const {status, headers, json} = await discoveryCall(sim.endpoint, {});
		assert.equal(status, 200);
		assert.equal(headers['content-type'], 'application/x-amz-json-1.1');
		assert.match(String(headers['x-amzn-requestid']), /^[0-9a-f-]{36}$/);
		assert.equal(json.nextToken, undefined);
		const tasks = json.tasks as Array<Record<string, unknown>>;
		assert.equal(tasks.length, 2);
		const [done, running] = tasks;
		const zip = done?.errorsAndFailedEntriesZip;
		assert.match(String(zip), /^https:\/\/.+\.s3\.us-east-1\.amazonaws\.com\/.+\.zip\?X-Amz-Algorithm=AWS4-HMAC-SHA256&.*X-Amz-Signature=[0-9a-f]{64}$/);
		assert.deepEqual(done, {
			importTaskId: 'import-task-0123456789abcdef0123456789abcdef',
			clientRequestToken: 'b1c7e0f2-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
			name: 'rvtools-2024-05',
			importUrl: 's3://bucket/imports/rvtools.xlsx',
			importRequestTime: (startWall - 2 * hour) / 1000,
			fileClassification: 'RVTOOLS_EXPORT',
			status: 'IMPORT_COMPLETE_WITH_ERRORS',
			importCompletionTime: (startWall - 2 * hour + 10 * minute) / 1000,
			serverImportSuccess: 10,
			serverImportFailure: 2,
			applicationImportSuccess: 3,
			applicationImportFailure: 1,
			errorsAndFailedEntriesZip: zip,
		});
		assert.deepEqual(running, {
			importTaskId: 'import-task-fedcba9876543210fedcba9876543210',
			clientRequestToken: 'c2d8f1a3-2e3f-4a6b-9cad-1e2f3a4b5c6d',
			name: 'inventory',
			importUrl: 's3://bucket/imports/inventory.csv',
			importRequestTime: (startWall - 10 * second) / 1000,
			status: 'IMPORT_IN_PROGRESS',
			serverImportSuccess: 0,
			serverImportFailure: 0,
			applicationImportSuccess: 0,
			applicationImportFailure: 0,
		});
	});
});
