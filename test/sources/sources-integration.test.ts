// The four sources through the REAL clients (SDK v3 EC2Client, our DiscoveryClient) against the project's
// simulator on loopback, with full SigV4 verification switched on in the simulator.
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {EC2Client, type Filter} from '@aws-sdk/client-ec2';
import {DiscoveryClient} from '../../source/aws/discovery/index.js';
import type {ImportStatus} from '../../source/aws/discovery/types.js';
import type {TaskKind, TaskScope} from '../../source/model/task.js';
import {
	defaultRetention,
	demoCredentials,
	startSimulator,
	type DiscoveryImportSpec,
	type ImageExportSpec,
	type ImportSnapshotSpec,
	type RecordedRequest,
	type Scenario,
	type Simulator,
	type StoreImageSpec,
	type TaskOutcome,
} from '../../source/simulator/index.js';
import {fetchDiscoveryImportTasks} from '../../source/sources/discovery-import.js';
import {fetchExportImageTasks} from '../../source/sources/export-image.js';
import {fetchImportSnapshotTasks} from '../../source/sources/import-snapshot.js';
import {fetchTasks, sourceInfo, type AwsClients} from '../../source/sources/index.js';
import {fetchStoreImageTasks} from '../../source/sources/store-image.js';

const minute = 60_000;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const outcomes: TaskOutcome[] = ['completed', 'failed', 'cancelled'];
// Odd tasks finished an hour ago, even ones are still running at the (frozen) simulator clock.
const timing = (n: number) => (n % 2 === 1 ? {startMs: -120 * minute, durationMs: 30 * minute} : {startMs: -10 * minute - n, durationMs: 60 * minute});

const importSnapshots: ImportSnapshotSpec[] = Array.from({length: 7}, (_, i) => ({
	id: `import-snap-${hex(i + 1, 17)}`,
	snapshotId: `snap-${hex(i + 1, 17)}`,
	tags: [{Key: 'Name', Value: `server-${i + 1}`}],
	format: 'VMDK',
	sizeBytes: 1024 ** 3,
	encrypted: false,
	bucket: 'import-bucket',
	key: `vms/server-${i + 1}.vmdk`,
	...timing(i + 1),
	outcome: outcomes[i % 3]!,
	stopAt: 40,
	message: 'ClientError: Disk validation failed',
}));

const imageExports: ImageExportSpec[] = Array.from({length: 7}, (_, i) => ({
	id: `export-ami-${hex(i + 1, 17)}`,
	imageId: `ami-${hex(0x100 + i, 17)}`,
	tags: [],
	bucket: 'export-bucket',
	prefix: 'exports/',
	...timing(i + 1),
	outcome: outcomes[i % 3]!,
	stopAt: 30,
	message: 'ClientError: export failed',
}));

const storeAmis = Array.from({length: 25}, (_, i) => `ami-${hex(0x200 + i, 17)}`);
const storeImageTasks: StoreImageSpec[] = [
	...storeAmis.map((amiId, i) => ({
		amiId,
		bucket: i % 2 === 0 ? 'store-a' : 'store-b',
		objectKey: `${amiId}.bin`,
		...timing(i + 1),
		outcome: (i % 4 === 0 ? 'failed' : 'completed') as 'failed' | 'completed',
		stopAt: 50,
		failureReason: 'Access denied to bucket',
	})),
	// An older, failed run of the first AMI: listed separately, never the "latest" for an ImageIds lookup.
	{amiId: storeAmis[0]!, bucket: 'store-a', objectKey: 'old.bin', startMs: -300 * minute, durationMs: minute, outcome: 'failed', stopAt: 5},
];

const discoveryEndings: ImportStatus[] = ['IMPORT_COMPLETE', 'IMPORT_COMPLETE_WITH_ERRORS', 'IMPORT_FAILED'];
const discoveryImports: DiscoveryImportSpec[] = Array.from({length: 7}, (_, i) => ({
	id: `import-task-${hex(i + 1, 32)}`,
	name: `inventory-${i + 1}`,
	importUrl: `s3://discovery-bucket/inventory-${i + 1}.csv`,
	clientRequestToken: `token-${i + 1}`,
	fileClassification: 'IMPORT_TEMPLATE',
	...timing(i + 1),
	outcome: discoveryEndings[i % 3]!,
	serverImportSuccess: 10,
	serverImportFailure: i % 3 === 1 ? 2 : 0,
	applicationImportSuccess: 1,
	applicationImportFailure: 0,
}));

const scenario: Scenario = {name: 'sources-integration', retention: {...defaultRetention}, importSnapshots, imageExports, storeImageTasks, discoveryImports};
const scope: TaskScope = {region: 'us-east-1', account: 'sim', profile: undefined};

let simulator: Simulator;
let clients: AwsClients;

before(async () => {
	const now = Date.now();
	simulator = await startSimulator({scenario, clock: () => now, verifySignatures: {secretAccessKey: demoCredentials.secretAccessKey}});
	const common = {region: 'us-east-1', endpoint: simulator.endpoint, credentials: demoCredentials, maxAttempts: 1};
	clients = {ec2: new EC2Client(common), discovery: new DiscoveryClient(common)};
});

after(async () => {
	clients.ec2.destroy();
	clients.discovery.destroy();
	await simulator.close();
});

/** Requests of one operation made by `run`, from the simulator's own log. */
async function logged(operation: string, run: () => Promise<unknown>): Promise<RecordedRequest[]> {
	const seen = simulator.requests().length;
	await run();
	return simulator
		.requests()
		.slice(seen)
		.filter((request) => request.action === operation);
}

const form = (request: RecordedRequest | undefined) => (request?.params ?? {}) as Record<string, string>;
const json = (request: RecordedRequest | undefined) => (request?.params ?? {}) as {maxResults?: number; nextToken?: string; filters?: unknown};
const ids = (tasks: ReadonlyArray<{id: string}>) => tasks.map((task) => task.id).sort();
const keysLike = (request: RecordedRequest | undefined, pattern: RegExp) => Object.keys(form(request)).filter((key) => pattern.test(key));

test('each EC2 source follows NextToken across several pages and returns every task', async () => {
	let imports: Awaited<ReturnType<typeof fetchImportSnapshotTasks>> = [];
	const importCalls = await logged('DescribeImportSnapshotTasks', async () => {
		imports = await fetchImportSnapshotTasks(clients.ec2, scope, {pageSize: 3});
	});
	assert.deepEqual(ids(imports), importSnapshots.map((spec) => spec.id).sort());
	assert.deepEqual(
		importCalls.map((call) => form(call)['MaxResults']),
		['3', '3', '3'],
	);
	assert.deepEqual(
		importCalls.map((call) => form(call)['NextToken'] !== undefined),
		[false, true, true],
	);
	assert.ok(
		importCalls.every((call) => call.status === 200),
		'signatures verified and answered',
	);

	let exports: Awaited<ReturnType<typeof fetchExportImageTasks>> = [];
	const exportCalls = await logged('DescribeExportImageTasks', async () => {
		exports = await fetchExportImageTasks(clients.ec2, scope, {pageSize: 3});
	});
	assert.deepEqual(ids(exports), imageExports.map((spec) => spec.id).sort());
	assert.equal(exportCalls.length, 3);

	let stores: Awaited<ReturnType<typeof fetchStoreImageTasks>> = [];
	const storeCalls = await logged('DescribeStoreImageTasks', async () => {
		stores = await fetchStoreImageTasks(clients.ec2, scope, {pageSize: 10});
	});
	assert.equal(stores.length, storeImageTasks.length, 'both runs of the first AMI are listed');
	assert.equal(new Set(stores.map((task) => task.id)).size, storeImageTasks.length, 'and have distinct ids');
	assert.deepEqual(
		storeCalls.map((call) => form(call)['MaxResults']),
		['10', '10', '10'],
	);
});

test('the Discovery source follows nextToken across several pages and returns every task', async () => {
	let tasks: Awaited<ReturnType<typeof fetchDiscoveryImportTasks>> = [];
	const calls = await logged('DescribeImportTasks', async () => {
		tasks = await fetchDiscoveryImportTasks(clients.discovery, scope, {pageSize: 3});
	});
	assert.deepEqual(ids(tasks), discoveryImports.map((spec) => spec.id).sort());
	assert.deepEqual(
		calls.map((call) => json(call).maxResults),
		[3, 3, 3],
	);
	assert.deepEqual(
		calls.map((call) => typeof json(call).nextToken),
		['undefined', 'string', 'string'],
	);
	const partial = tasks.find((task) => task.status === 'IMPORT_COMPLETE_WITH_ERRORS');
	assert.deepEqual([partial?.category, partial?.message], ['failed', 'Partial import: 2 records failed (2 servers, 0 applications)']);
});

test('fetchTasks asks each API for its largest page and normalises into the scope', async () => {
	const expected: Record<TaskKind, number> = {
		'import-snapshot': importSnapshots.length,
		'export-image': imageExports.length,
		'store-image': storeImageTasks.length,
		'discovery-import': discoveryImports.length,
	};
	for (const kind of Object.keys(expected) as TaskKind[]) {
		let tasks: Awaited<ReturnType<typeof fetchTasks>> = [];
		const [call, ...more] = await logged(sourceInfo[kind].operation, async () => {
			tasks = await fetchTasks(kind, clients, scope);
		});
		assert.equal(more.length, 0, `${kind}: one page`);
		const pageSize = kind === 'discovery-import' ? json(call).maxResults : Number(form(call)['MaxResults']);
		assert.equal(pageSize, sourceInfo[kind].pageSize, kind);
		assert.equal(tasks.length, expected[kind], kind);
		assert.ok(
			tasks.every((task) => task.kind === kind && task.region === 'us-east-1' && task.account === 'sim'),
			kind,
		);
	}
});

test('task ids select exactly those tasks', async () => {
	const wanted = [importSnapshots[1]!.id, importSnapshots[4]!.id];
	const [call] = await logged('DescribeImportSnapshotTasks', async () => {
		const tasks = await fetchTasks('import-snapshot', clients, scope, {importTaskIds: wanted});
		assert.deepEqual(ids(tasks), [...wanted].sort());
	});
	assert.deepEqual([form(call)['ImportTaskId.1'], form(call)['ImportTaskId.2']], wanted);

	const exportIds = [imageExports[6]!.id];
	assert.deepEqual(ids(await fetchTasks('export-image', clients, scope, {exportImageTaskIds: exportIds})), exportIds);

	const discoveryIds = [discoveryImports[0]!.id, discoveryImports[3]!.id];
	const [discoveryCall] = await logged('DescribeImportTasks', async () => {
		assert.deepEqual(ids(await fetchTasks('discovery-import', clients, scope, {discoveryTaskIds: discoveryIds})), [...discoveryIds].sort());
	});
	assert.deepEqual(json(discoveryCall).filters, [{name: 'IMPORT_TASK_ID', values: discoveryIds}]);
});

test('EC2 filters are sent under each operation’s own key and narrow the list', async () => {
	const completed: Filter[] = [{Name: 'task-state', Values: ['completed']}];
	const [importCall] = await logged('DescribeImportSnapshotTasks', async () => {
		const tasks = await fetchTasks('import-snapshot', clients, scope, {importSnapshotFilters: completed});
		assert.ok(tasks.length > 0 && tasks.every((task) => task.category === 'completed'));
	});
	assert.equal(form(importCall)['Filters.1.Name'], 'task-state');

	const [exportCall] = await logged('DescribeExportImageTasks', async () => {
		const tasks = await fetchTasks('export-image', clients, scope, {exportImageFilters: completed});
		assert.ok(tasks.length > 0 && tasks.every((task) => task.status === 'completed'));
	});
	assert.deepEqual([form(exportCall)['Filter.1.Name'], form(exportCall)['Filter.1.Value.1']], ['task-state', 'completed']);

	const stores = await fetchTasks('store-image', clients, scope, {storeImageFilters: [{Name: 'bucket', Values: ['store-b']}]});
	assert.equal(stores.length, 12);
	assert.ok(stores.every((task) => task.location?.startsWith('s3://store-b/')));
});

test('more than 20 AMIs are fetched in calls of at most 20 ImageIds, without MaxResults, filters applied locally', async () => {
	const calls = await logged('DescribeStoreImageTasks', async () => {
		const failed = await fetchTasks('store-image', clients, scope, {
			imageIds: storeAmis,
			storeImageFilters: [{Name: 'task-state', Values: ['Failed']}],
		});
		// Latest run per AMI only (the old failed run of the first AMI is not one), then only the failed ones.
		const expected = storeAmis.filter((_, i) => i % 4 === 0 && (i + 1) % 2 === 1);
		assert.deepEqual(failed.map((task) => task.resourceId).sort(), expected.sort());
		assert.ok(failed.every((task) => task.category === 'failed' && task.message === 'Access denied to bucket'));
	});
	assert.deepEqual(
		calls.map((call) => keysLike(call, /^ImageId\.\d+$/).length),
		[20, 5],
	);
	assert.deepEqual(
		calls.flatMap((call) => keysLike(call, /^(MaxResults|Filter\.)/)),
		[],
	);
	assert.ok(calls.every((call) => call.status === 200));
	assert.deepEqual(
		calls
			.flatMap((call) =>
				Object.entries(form(call))
					.filter(([key]) => key.startsWith('ImageId.'))
					.map(([, v]) => v),
			)
			.sort(),
		[...storeAmis].sort(),
	);
});

test('with a STATUS filter only STATUS goes to Discovery and the other filters still narrow the result', async () => {
	const [call] = await logged('DescribeImportTasks', async () => {
		const tasks = await fetchTasks('discovery-import', clients, scope, {
			discoveryFilters: [
				{name: 'STATUS', values: ['IMPORT_COMPLETE']},
				{name: 'NAME', values: ['inventory-7']},
			],
		});
		assert.deepEqual(
			tasks.map((task) => task.name),
			['inventory-7'],
			'inventory-1 is also complete but not named',
		);
	});
	assert.deepEqual(json(call).filters, [{name: 'STATUS', values: ['IMPORT_COMPLETE']}]);
});

/** Resolves once the simulator has logged `count` requests, or fails after two seconds. */
async function requestArrives(count: number): Promise<void> {
	const deadline = Date.now() + 2_000;
	while (simulator.requests().length < count) {
		if (Date.now() > deadline) assert.fail('the request never reached the simulator');
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

test('aborting a fetch stops a hanging request at once, for EC2 and Discovery', async (t) => {
	t.after(() => simulator.clearFaults());
	for (const kind of ['import-snapshot', 'discovery-import'] as const) {
		simulator.setFault(sourceInfo[kind].operation as 'DescribeImportSnapshotTasks' | 'DescribeImportTasks', {kind: 'hang'});
		const controller = new AbortController();
		const seen = simulator.requests().length;
		const pending = fetchTasks(kind, clients, scope, {}, controller.signal);
		await requestArrives(seen + 1);
		controller.abort();
		await assert.rejects(pending, {name: 'AbortError'}, kind);
	}
});
