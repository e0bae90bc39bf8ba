// Choosing tasks: ids, the per-operation filters (import snapshot's `Filters.N` keys), store's ImageIds rules and
// Discovery's filters with the STATUS quirk.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand, DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {discoveryCall, ec2Client, ec2FormCall, rejection, startTestSimulator, xmlErrorCode} from '../helpers.js';
import {second, smallScenario} from '../fixtures.js';

describe('EC2 id and filter selection', () => {
	it('ImportTaskIds select tasks; an unknown id is InvalidConversionTaskId.Malformed', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(50 * second);
		const client = ec2Client(sim.endpoint);
		const output = await client.send(
			new DescribeImportSnapshotTasksCommand({ImportTaskIds: ['import-snap-0fedcba0987654321', 'import-snap-1234567890abcdef0']}),
		);
		assert.deepEqual(
			output.ImportSnapshotTasks!.map((task) => task.ImportTaskId),
			['import-snap-0fedcba0987654321', 'import-snap-1234567890abcdef0'],
		);
		const unknown = await rejection(client.send(new DescribeImportSnapshotTasksCommand({ImportTaskIds: ['import-snap-0000000000000000f']})));
		assert.equal(unknown.name, 'InvalidConversionTaskId.Malformed');
		assert.equal(unknown.$metadata.httpStatusCode, 400);
		// Not created yet at this simulated time: it does not exist either.
		const future = await rejection(client.send(new DescribeImportSnapshotTasksCommand({ImportTaskIds: ['import-snap-0bbbbbbbbbbbbbbb2']})));
		assert.equal(future.name, 'InvalidConversionTaskId.Malformed');
	});

	it('import snapshot task-state filter, sent as Filters.N by the SDK', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(50 * second);
		const client = ec2Client(sim.endpoint);
		const states = async (values: string[]) =>
			(await client.send(new DescribeImportSnapshotTasksCommand({Filters: [{Name: 'task-state', Values: values}]}))).ImportSnapshotTasks!.map(
				(task) => task.ImportTaskId,
			);
		assert.deepEqual(await states(['completed']), ['import-snap-1234567890abcdef0']);
		assert.deepEqual(await states(['active', 'deleted']), ['import-snap-0aaaaaaaaaaaaaaa1', 'import-snap-0fedcba0987654321']);
		const raw = await ec2FormCall(sim.endpoint, {
			Action: 'DescribeImportSnapshotTasks',
			Version: '2016-11-15',
			'Filters.1.Name': 'task-state',
			'Filters.1.Value.1': 'active',
		});
		assert.equal(raw.status, 200);
		assert.match(raw.body, /import-snap-0fedcba0987654321/);
		assert.doesNotMatch(raw.body, /import-snap-1234567890abcdef0/);
	});

	it('export ids and task-state filter combine', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(50 * second);
		const client = ec2Client(sim.endpoint);
		const byId = await client.send(new DescribeExportImageTasksCommand({ExportImageTaskIds: ['export-ami-0fedcba0987654321', 'export-ami-1234567890abcdef0']}));
		assert.deepEqual(
			byId.ExportImageTasks!.map((task) => task.ExportImageTaskId),
			['export-ami-0fedcba0987654321', 'export-ami-1234567890abcdef0'],
		);
		const both = await client.send(
			new DescribeExportImageTasksCommand({
				ExportImageTaskIds: ['export-ami-0fedcba0987654321', 'export-ami-1234567890abcdef0'],
				Filters: [{Name: 'task-state', Values: ['active']}],
			}),
		);
		assert.deepEqual(
			both.ExportImageTasks!.map((task) => task.ExportImageTaskId),
			['export-ami-0fedcba0987654321'],
		);
	});

	it('store: task-state and bucket filters; ImageIds return the latest task per AMI and ignore filters', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(25 * second);
		const client = ec2Client(sim.endpoint);
		const failed = await client.send(new DescribeStoreImageTasksCommand({Filters: [{Name: 'task-state', Values: ['Failed']}]}));
		assert.deepEqual(
			failed.StoreImageTaskResults!.map((result) => result.Bucket),
			['cutover-bucket'],
		);
		const inBucket = await client.send(
			new DescribeStoreImageTasksCommand({
				Filters: [
					{Name: 'bucket', Values: ['my-ami-store-bucket']},
					{Name: 'task-state', Values: ['Completed']},
				],
			}),
		);
		assert.deepEqual(
			inBucket.StoreImageTaskResults!.map((result) => result.AmiId),
			['ami-0aaaaaaaaaaaaaaaa'],
		);
		const byImage = await client.send(
			new DescribeStoreImageTasksCommand({ImageIds: ['ami-0bbbbbbbbbbbbbbbb', 'ami-0aaaaaaaaaaaaaaaa'], Filters: [{Name: 'task-state', Values: ['Failed']}]}),
		);
		assert.deepEqual(
			byImage.StoreImageTaskResults!.map((result) => [result.AmiId, result.StoreTaskState]),
			[
				['ami-0bbbbbbbbbbbbbbbb', 'InProgress'],
				['ami-0aaaaaaaaaaaaaaaa', 'Completed'],
			],
		);
		assert.equal(byImage.NextToken, undefined);
		const malformed = await rejection(client.send(new DescribeStoreImageTasksCommand({ImageIds: ['not-an-ami']})));
		assert.equal(malformed.name, 'InvalidAMIID.Malformed');
	});

	it('rejects filter names the operation does not have', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const client = ec2Client(sim.endpoint);
		const error = await rejection(client.send(new DescribeExportImageTasksCommand({Filters: [{Name: 'bucket', Values: ['x']}]})));
		assert.equal(error.name, 'InvalidParameterValue');
		assert.equal(error.message, "The filter 'bucket' is invalid");
	});

	it('rejects Filter.N (singular) on DescribeImportSnapshotTasks as an unknown parameter', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const response = await ec2FormCall(sim.endpoint, {
			Action: 'DescribeImportSnapshotTasks',
			Version: '2016-11-15',
			'Filter.1.Name': 'task-state',
			'Filter.1.Value.1': 'active',
		});
		assert.equal(response.status, 400);
		assert.equal(xmlErrorCode(response.body), 'UnknownParameter');
	});
});

describe('Discovery filters', () => {
	const ids = (json: Record<string, unknown>) => (json.tasks as Array<{importTaskId: string}>).map((task) => task.importTaskId);
	const withErrors = 'import-task-0123456789abcdef0123456789abcdef';
	const running = 'import-task-fedcba9876543210fedcba9876543210';

	it('IMPORT_TASK_ID, NAME and FILE_CLASSIFICATION select; filters AND, values OR', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const call = async (filters: unknown) => ids((await discoveryCall(sim.endpoint, {filters})).json);
		assert.deepEqual(await call([{name: 'IMPORT_TASK_ID', values: [running]}]), [running]);
		assert.deepEqual(await call([{name: 'NAME', values: ['rvtools-2024-05', 'inventory']}]), [withErrors, running]);
		assert.deepEqual(await call([{name: 'FILE_CLASSIFICATION', values: ['RVTOOLS_EXPORT']}]), [withErrors]);
		assert.deepEqual(
			await call([
				{name: 'NAME', values: ['inventory']},
				{name: 'FILE_CLASSIFICATION', values: ['RVTOOLS_EXPORT']},
			]),
			[],
		);
	});

	it('a STATUS filter makes the service ignore the other filters', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const {json} = await discoveryCall(sim.endpoint, {
			filters: [
				{name: 'STATUS', values: ['IMPORT_IN_PROGRESS', 'IMPORT_COMPLETE_WITH_ERRORS']},
				{name: 'NAME', values: ['nothing-has-this-name']},
			],
		});
		assert.deepEqual(ids(json), [withErrors, running]);
		const only = await discoveryCall(sim.endpoint, {filters: [{name: 'STATUS', values: ['IMPORT_IN_PROGRESS']}]});
		assert.deepEqual(ids(only.json), [running]);
	});
});
