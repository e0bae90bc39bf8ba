// Pagination as clients drive it: the SDK paginators for the three EC2 operations and a nextToken loop for
// Discovery, over a generated scenario large enough for many pages.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	DescribeImportSnapshotTasksCommand,
	DescribeStoreImageTasksCommand,
	paginateDescribeExportImageTasks,
	paginateDescribeImportSnapshotTasks,
	paginateDescribeStoreImageTasks,
} from '@aws-sdk/client-ec2';
import {generateScenario} from '../../../source/simulator/index.js';
import {allDiscoveryPages, discoveryCall, ec2Client, rejection, startTestSimulator} from '../helpers.js';
import {hour} from '../fixtures.js';

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
	const all: T[] = [];
	for await (const page of pages) all.push(page);
	return all;
}

const scenario = generateScenario({seed: 7, tasks: 400, spanMs: 2 * hour});

describe('pagination', () => {
	it('DescribeImportSnapshotTasks: the paginator walks every page, no duplicates, token only between pages', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario});
		clock.advance(hour);
		const client = ec2Client(sim.endpoint);
		const pages = await collect(paginateDescribeImportSnapshotTasks({client, pageSize: 25}, {}));
		const ids = pages.flatMap((page) => page.ImportSnapshotTasks!.map((task) => task.ImportTaskId));
		assert.ok(pages.length > 3, `expected several pages, got ${pages.length}`);
		assert.ok(pages.every((page) => page.ImportSnapshotTasks!.length <= 25));
		assert.ok(pages.slice(0, -1).every((page) => page.ImportSnapshotTasks!.length === 25 && page.NextToken));
		assert.equal(pages.at(-1)!.NextToken, undefined);
		assert.equal(new Set(ids).size, ids.length);
		const unpaged = await client.send(new DescribeImportSnapshotTasksCommand({MaxResults: 1000}));
		assert.deepEqual(
			ids,
			unpaged.ImportSnapshotTasks!.map((task) => task.ImportTaskId),
		);
		assert.equal(unpaged.NextToken, undefined);
	});

	it('DescribeExportImageTasks: pages with a filter hold only matching tasks', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario});
		clock.advance(hour);
		const client = ec2Client(sim.endpoint);
		const all = (await collect(paginateDescribeExportImageTasks({client, pageSize: 5}, {}))).flatMap((page) => page.ExportImageTasks!);
		const pages = await collect(paginateDescribeExportImageTasks({client, pageSize: 5}, {Filters: [{Name: 'task-state', Values: ['completed']}]}));
		const completed = pages.flatMap((page) => page.ExportImageTasks!);
		assert.ok(pages.length > 2);
		assert.ok(completed.every((task) => task.Status === 'completed'));
		assert.deepEqual(
			completed.map((task) => task.ExportImageTaskId),
			all.filter((task) => task.Status === 'completed').map((task) => task.ExportImageTaskId),
		);
	});

	it('DescribeStoreImageTasks: newest first across pages', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario});
		clock.advance(hour);
		const client = ec2Client(sim.endpoint);
		const pages = await collect(paginateDescribeStoreImageTasks({client, pageSize: 10}, {}));
		const times = pages.flatMap((page) => page.StoreImageTaskResults!.map((result) => result.TaskStartTime!.getTime()));
		assert.ok(pages.length > 3);
		assert.deepEqual(
			times,
			[...times].sort((a, b) => b - a),
		);
		const expected = scenario.storeImageTasks.filter((task) => task.startMs <= hour).length;
		assert.equal(times.length, expected);
	});

	it('Discovery: nextToken pages cover every import once', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario});
		clock.advance(hour);
		const pages = await allDiscoveryPages(sim.endpoint, {maxResults: 4});
		const ids = pages.flat().map((task) => task.importTaskId);
		assert.ok(pages.length > 3);
		assert.ok(pages.every((page) => page.length <= 4));
		assert.equal(new Set(ids).size, ids.length);
		assert.equal(ids.length, scenario.discoveryImports.filter((task) => task.startMs <= hour).length);
	});

	it('rejects a token that was not issued for this listing', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario});
		const client = ec2Client(sim.endpoint);
		const first = await client.send(new DescribeImportSnapshotTasksCommand({MaxResults: 5}));
		assert.ok(first.NextToken);
		const forged = await rejection(client.send(new DescribeImportSnapshotTasksCommand({NextToken: 'bm90LWEtdG9rZW4='})));
		assert.equal(forged.name, 'InvalidPaginationToken');
		assert.equal(forged.$metadata.httpStatusCode, 400);
		const crossed = await rejection(client.send(new DescribeStoreImageTasksCommand({NextToken: first.NextToken})));
		assert.equal(crossed.name, 'InvalidPaginationToken');
		const discovery = await discoveryCall(sim.endpoint, {nextToken: first.NextToken});
		assert.equal(discovery.status, 400);
		assert.equal(discovery.json.__type, 'InvalidParameterValueException');
	});

	it('pages a 50,000-task scenario quickly', async (t) => {
		const big = generateScenario({seed: 3, tasks: 50_000, spanMs: 24 * hour});
		const {sim, clock} = await startTestSimulator(t, {scenario: big});
		clock.advance(12 * hour);
		const client = ec2Client(sim.endpoint);
		const started = performance.now();
		let count = 0;
		for await (const page of paginateDescribeImportSnapshotTasks({client, pageSize: 1000}, {})) count += page.ImportSnapshotTasks!.length;
		const elapsed = performance.now() - started;
		assert.ok(count > 10_000, `expected tens of thousands of imports, got ${count}`);
		// Generous bound: it catches quadratic paging, not machine speed.
		assert.ok(elapsed < 20_000, `paging took ${Math.round(elapsed)} ms`);
	});
});
