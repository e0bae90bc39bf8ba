// The scenario on a clock: determinism from the seed, the order statuses move in, timestamps that never lie in the
// future, retention, speed, and the large generator's churn. Time is injected; nothing sleeps.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
	DescribeExportImageTasksCommand,
	DescribeImportSnapshotTasksCommand,
	DescribeStoreImageTasksCommand,
	type ImportSnapshotTask,
} from '@aws-sdk/client-ec2';
import {buildCutoverScenario, generateScenario, scenarioEndMs} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, startTestSimulator, type TestSimulator} from '../helpers.js';
import {day, hour, minute, second, smallScenario} from '../fixtures.js';

async function snapshot({sim}: TestSimulator) {
	const client = ec2Client(sim.endpoint);
	const [imports, exports, store, discovery] = await Promise.all([
		client.send(new DescribeImportSnapshotTasksCommand({})),
		client.send(new DescribeExportImageTasksCommand({})),
		client.send(new DescribeStoreImageTasksCommand({})),
		discoveryCall(sim.endpoint),
	]);
	return {
		imports: imports.ImportSnapshotTasks!,
		exports: exports.ExportImageTasks!,
		store: store.StoreImageTaskResults!,
		discovery: discovery.json.tasks as Array<Record<string, unknown>>,
	};
}

const importOrder = ['pending', 'validating', 'validated', 'downloading/converting', 'converting'];

describe('demo cutover scenario', () => {
	it('is the same for the same seed and different for another', async (t) => {
		assert.deepEqual(buildCutoverScenario(5), buildCutoverScenario(5));
		assert.notDeepEqual(buildCutoverScenario(5).importSnapshots[0]!.id, buildCutoverScenario(6).importSnapshots[0]!.id);
		const first = await startTestSimulator(t, {seed: 5});
		const second = await startTestSimulator(t, {seed: 5});
		first.clock.advance(2 * minute);
		second.clock.advance(2 * minute);
		assert.deepEqual(await snapshot(first), await snapshot(second));
	});

	it('starts with finished and running tasks in every pane, and something moves within ten seconds', async (t) => {
		const simulator = await startTestSimulator(t);
		const start = await snapshot(simulator);
		assert.ok(start.imports.some((task) => task.SnapshotTaskDetail?.Status === 'completed'));
		assert.ok(start.imports.some((task) => task.SnapshotTaskDetail?.Status === 'active'));
		assert.ok(start.exports.some((task) => task.Status === 'completed') && start.exports.some((task) => task.Status === 'active'));
		assert.ok(start.store.some((result) => result.StoreTaskState === 'Completed') && start.store.some((result) => result.StoreTaskState === 'InProgress'));
		assert.ok(start.discovery.some((task) => task.status === 'IMPORT_COMPLETE') && start.discovery.some((task) => task.status === 'IMPORT_IN_PROGRESS'));
		simulator.clock.advance(10 * second);
		const later = await snapshot(simulator);
		const progress = (state: typeof start) => state.imports.map((task) => `${task.ImportTaskId}:${task.SnapshotTaskDetail?.Progress}`).join();
		assert.notEqual(progress(later), progress(start));
		assert.ok(later.imports.length > start.imports.length, 'a new import appears in the first ten seconds');
	});

	it('unfolds over about ten minutes at speed 1 and then stays listed', async (t) => {
		const end = scenarioEndMs(buildCutoverScenario(1));
		assert.ok(end > 8 * minute && end < 11 * minute, `ends at ${end / minute} min`);
		const simulator = await startTestSimulator(t);
		simulator.clock.advance(7 * minute);
		const busy = await snapshot(simulator);
		assert.ok(busy.imports.some((task) => task.SnapshotTaskDetail?.Status === 'active'));
		simulator.clock.advance(5 * minute);
		const done = await snapshot(simulator);
		assert.ok(done.imports.every((task) => task.SnapshotTaskDetail?.Status !== 'active' && task.SnapshotTaskDetail?.Status !== 'deleting'));
		assert.ok(done.exports.every((task) => task.Status === 'completed' || task.Status === 'deleted'));
		assert.ok(done.store.every((result) => result.StoreTaskState !== 'InProgress'));
		assert.ok(done.discovery.every((task) => task.status !== 'IMPORT_IN_PROGRESS'));
		assert.equal(done.imports.length, buildCutoverScenario(1).importSnapshots.length, 'finished imports stay listed');
	});

	it('moves every import through its statuses in order, with rising string progress', async (t) => {
		const simulator = await startTestSimulator(t);
		const history = new Map<string, ImportSnapshotTask[]>();
		for (let elapsed = 0; elapsed <= 11 * minute; elapsed += 5 * second) {
			for (const task of (await snapshot(simulator)).imports) {
				const seen = history.get(task.ImportTaskId!) ?? [];
				seen.push(task);
				history.set(task.ImportTaskId!, seen);
			}
			simulator.clock.advance(5 * second);
		}
		let failed = 0;
		let cancelled = 0;
		let stalled = 0;
		for (const [id, states] of history) {
			const details = states.map((state) => state.SnapshotTaskDetail!);
			const last = details.at(-1)!;
			let rank = -1;
			let progress = -1;
			let longestFlat = 0;
			let flat = 0;
			for (const detail of details.filter((entry) => entry.Status === 'active')) {
				const next = importOrder.indexOf(detail.StatusMessage!);
				assert.ok(next >= rank, `${id}: ${detail.StatusMessage} after ${importOrder[rank]}`);
				rank = next;
				assert.equal(typeof detail.Progress, 'string');
				const value = Number(detail.Progress);
				assert.ok(value >= progress, `${id}: progress fell from ${progress} to ${value}`);
				flat = value === progress ? flat + 1 : 0;
				longestFlat = Math.max(longestFlat, flat);
				progress = value;
				assert.equal(detail.SnapshotId, undefined);
			}
			if (longestFlat * 5 * second >= 5 * minute) stalled++;
			if (last.Status === 'completed') {
				assert.ok(last.SnapshotId?.startsWith('snap-'), id);
				assert.equal(last.Progress, undefined);
				assert.equal(last.StatusMessage, undefined);
				assert.ok(last.DiskImageSize! > 0);
			} else if (last.StatusMessage?.startsWith('ClientError: ')) {
				failed++;
				assert.equal(last.Status, 'deleted');
				assert.equal(last.DiskImageSize, 0);
			} else {
				cancelled++;
				assert.equal(last.Status, 'deleted');
				assert.ok(
					details.some((detail) => detail.Status === 'deleting'),
					`${id} went through deleting`,
				);
				assert.equal(last.StatusMessage, undefined);
			}
		}
		assert.ok(history.size >= 24, `dozens of imports, got ${history.size}`);
		assert.ok(failed >= 2, `failed imports: ${failed}`);
		assert.equal(cancelled, 1);
		assert.ok(stalled >= 1, 'one import stalls for minutes');
	});

	it('never dates anything in the future, at any speed', async (t) => {
		for (const speed of [1, 60]) {
			const simulator = await startTestSimulator(t, {speed});
			for (let step = 0; step < 20; step++) {
				const now = simulator.clock.now();
				const state = await snapshot(simulator);
				for (const result of state.store) assert.ok(result.TaskStartTime!.getTime() <= now);
				for (const task of state.discovery) {
					assert.ok((task.importRequestTime as number) * 1000 <= now);
					if (task.importCompletionTime !== undefined) assert.ok((task.importCompletionTime as number) * 1000 <= now);
				}
				simulator.clock.advance(37 * second);
			}
		}
	});

	it('a speed factor compresses time and maps simulated instants back onto the wall clock', async (t) => {
		const slow = await startTestSimulator(t, {speed: 1});
		const fast = await startTestSimulator(t, {speed: 10});
		slow.clock.advance(5 * minute);
		fast.clock.advance(30 * second);
		const [a, b] = [await snapshot(slow), await snapshot(fast)];
		const states = (state: typeof a) => state.imports.map((task) => [task.ImportTaskId, task.SnapshotTaskDetail?.Status, task.SnapshotTaskDetail?.Progress]);
		assert.deepEqual(states(b), states(a));
		// The store task that started six simulated hours ago started 36 real minutes ago at speed 10.
		const oldest = (state: typeof a) => Math.min(...state.store.map((result) => result.TaskStartTime!.getTime()));
		assert.equal(slow.clock.now() - oldest(a), (fast.clock.now() - oldest(b)) * 10);
	});
});

describe('retention', () => {
	it('imports vanish 7 days after finishing and store tasks 31 days after starting; exports and Discovery stay', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario()});
		const visible = async () => {
			const client = ec2Client(sim.endpoint);
			return {
				imports: (await client.send(new DescribeImportSnapshotTasksCommand({}))).ImportSnapshotTasks!.map((task) => task.ImportTaskId),
				store: (await client.send(new DescribeStoreImageTasksCommand({}))).StoreImageTaskResults!.length,
				exports: (await client.send(new DescribeExportImageTasksCommand({}))).ExportImageTasks!.length,
				discovery: ((await discoveryCall(sim.endpoint)).json.tasks as unknown[]).length,
			};
		};
		// The first import finished 5 minutes before start.
		clock.advance(7 * day - 5 * minute - second);
		assert.ok((await visible()).imports.includes('import-snap-1234567890abcdef0'));
		clock.advance(2 * second);
		assert.ok(!(await visible()).imports.includes('import-snap-1234567890abcdef0'));
		clock.advance(31 * day);
		assert.deepEqual(await visible(), {imports: [], store: 0, exports: 3, discovery: 2});
		// Looking an AMI up by id is not limited to the listing window.
		const byId = await ec2Client(sim.endpoint).send(new DescribeStoreImageTasksCommand({ImageIds: ['ami-0aaaaaaaaaaaaaaaa']}));
		assert.equal(byId.StoreImageTaskResults!.length, 1);
	});

	it('per-kind overrides let a 24-hour soak see tasks age out', async (t) => {
		const scenario = generateScenario({seed: 4, tasks: 2000, spanMs: 24 * hour, retention: {importSnapshotMs: hour, storeImageMs: 2 * hour}});
		const {sim, clock} = await startTestSimulator(t, {scenario});
		const client = ec2Client(sim.endpoint);
		const counts: number[] = [];
		const created: number[] = [];
		for (let hours = 0; hours <= 24; hours += 4) {
			const imports = (await client.send(new DescribeImportSnapshotTasksCommand({MaxResults: 1000}))).ImportSnapshotTasks!;
			counts.push(imports.length);
			created.push(scenario.importSnapshots.filter((task) => task.startMs <= hours * hour).length);
			assert.ok(
				imports.some((task) => task.SnapshotTaskDetail?.Status === 'active'),
				`active imports at ${hours} h`,
			);
			clock.advance(4 * hour);
		}
		// New tasks keep appearing, yet the listing stays bounded because finished ones age out.
		assert.ok(created.at(-1)! > created[0]! * 2);
		assert.ok(Math.max(...counts) < created.at(-1)! / 2, `listed ${counts.join(',')} of ${created.join(',')}`);
	});
});

describe('generateScenario', () => {
	it('is deterministic and spreads tasks over the span with every kind and outcome', () => {
		const a = generateScenario({seed: 9, tasks: 5000});
		assert.deepEqual(a, generateScenario({seed: 9, tasks: 5000}));
		const total = a.importSnapshots.length + a.imageExports.length + a.storeImageTasks.length + a.discoveryImports.length;
		assert.equal(total, 5000);
		for (const list of [a.importSnapshots, a.imageExports, a.storeImageTasks, a.discoveryImports]) assert.ok(list.length > 100);
		const starts = a.importSnapshots.map((task) => task.startMs);
		assert.ok(Math.min(...starts) < 0 && Math.max(...starts) > 20 * hour);
		assert.ok(a.importSnapshots.some((task) => task.outcome === 'failed') && a.importSnapshots.some((task) => task.outcome === 'cancelled'));
		assert.ok(a.importSnapshots.some((task) => task.stall));
		assert.equal(new Set(a.importSnapshots.map((task) => task.id)).size, a.importSnapshots.length);
	});

	it('builds 50,000 tasks', () => {
		const big = generateScenario({seed: 1, tasks: 50_000});
		assert.equal(big.importSnapshots.length + big.imageExports.length + big.storeImageTasks.length + big.discoveryImports.length, 50_000);
	});
});
