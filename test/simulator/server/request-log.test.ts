// The request record: what arrived, what was answered, which fault applied; bounded in memory, unbounded counts,
// and a JSON-lines file written as requests happen.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand, DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {demoCredentials} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, ec2FormCall, rejection, startTestSimulator, startWall} from '../helpers.js';
import {second, smallScenario} from '../fixtures.js';

describe('request log', () => {
	it('records time, action, parameters, status and fault of every request', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		clock.advance(3 * second);
		const client = ec2Client(sim.endpoint);
		await client.send(new DescribeImportSnapshotTasksCommand({MaxResults: 5, Filters: [{Name: 'task-state', Values: ['active']}]}));
		sim.setFault('store', {kind: 'throttle'});
		await rejection(client.send(new DescribeStoreImageTasksCommand({})));
		await discoveryCall(sim.endpoint, {maxResults: 3});
		await discoveryCall(sim.endpoint, {}, {target: 'AWSPoseidonService_V2015_11_01.ListServers'});
		await ec2FormCall(sim.endpoint, {Action: 'RunInstances'});
		const [imports, store, discovery, unknownTarget, unknownAction] = sim.requests();
		assert.deepEqual(imports, {
			seq: 1,
			time: new Date(startWall + 3 * second).toISOString(),
			simulatedMs: 3 * second,
			region: 'us-east-1',
			accessKeyId: demoCredentials.accessKeyId,
			protocol: 'ec2',
			action: 'DescribeImportSnapshotTasks',
			params: {Action: 'DescribeImportSnapshotTasks', Version: '2016-11-15', 'Filters.1.Name': 'task-state', 'Filters.1.Value.1': 'active', MaxResults: '5'},
			status: 200,
			requestId: imports!.requestId,
		});
		assert.equal(store!.status, 503);
		assert.equal(store!.fault, 'throttle');
		assert.equal(store!.errorCode, 'RequestLimitExceeded');
		assert.equal(discovery!.protocol, 'discovery');
		assert.equal(discovery!.action, 'DescribeImportTasks');
		assert.equal(discovery!.target, 'AWSPoseidonService_V2015_11_01.DescribeImportTasks');
		assert.deepEqual(discovery!.params, {maxResults: 3});
		assert.equal(unknownTarget!.status, 400);
		assert.equal(unknownTarget!.errorCode, 'UnknownOperationException');
		assert.equal(unknownAction!.errorCode, 'InvalidAction');
		assert.deepEqual(sim.counts(), {DescribeImportSnapshotTasks: 1, DescribeStoreImageTasks: 1, DescribeImportTasks: 1, other: 2});
	});

	it('keeps only the newest entries in memory but counts everything', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario(), requestLogCapacity: 3});
		const client = ec2Client(sim.endpoint);
		for (let call = 0; call < 5; call++) await client.send(new DescribeExportImageTasksCommand({}));
		assert.deepEqual(
			sim.requests().map((entry) => entry.seq),
			[3, 4, 5],
		);
		assert.equal(sim.counts().DescribeExportImageTasks, 5);
	});

	it('writes JSON lines to a file as requests happen, hanging ones included', async (t) => {
		const file = join(mkdtempSync(join(tmpdir(), 'cutwatch-log-')), 'requests.jsonl');
		const {sim} = await startTestSimulator(t, {scenario: smallScenario(), requestLogFile: file});
		await ec2Client(sim.endpoint).send(new DescribeExportImageTasksCommand({}));
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		assert.equal(lines.length, 1);
		assert.deepEqual(JSON.parse(lines[0]!), sim.requests()[0]);
		sim.setFault('discovery', {kind: 'hang'});
		const hanging = discoveryCall(sim.endpoint).catch(() => undefined);
		const deadline = Date.now() + 5000;
		while (readFileSync(file, 'utf8').trim().split('\n').length < 2) {
			assert.ok(Date.now() < deadline, 'the hanging request was never logged');
			await new Promise((resolve) => setImmediate(resolve));
		}
		const hung = JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[1]!);
		assert.equal(hung.status, null);
		assert.equal(hung.fault, 'hang');
		await sim.close();
		await hanging;
	});
});
