import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds} from '../../source/model/task.js';
import {selectCounts} from '../../source/store/index.js';
import {openDemoSession} from '../helpers/demo-session.js';

const describeActions = new Set(['DescribeImportSnapshotTasks', 'DescribeExportImageTasks', 'DescribeStoreImageTasks', 'DescribeImportTasks']);

test('read-only: a full demo poll sends only the four Describe operations', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	await session.poller.pollOnce();
	const actions = new Set(session.simulator!.requests().map((request) => request.action));
	assert.deepEqual([...actions].sort(), [...describeActions].sort());
	for (const kind of taskKinds) assert.ok(session.store.getState().tasks[kind].size > 0, `${kind} has tasks`);
});

test('with half of all requests throttled, last good data stays, requests stay bounded, and it recovers by itself', async (t) => {
	const session = await openDemoSession({speed: '20'});
	t.after(() => session.close());
	const {store, poller, simulator} = {...session, simulator: session.simulator!};
	poller.start();
	await new Promise((resolve) => setImmediate(resolve));
	await poller.idle();
	const healthy = selectCounts(store.getState()).total;
	assert.ok(healthy > 0);

	simulator.setFault('*', {kind: 'throttle', probability: 0.5});
	const before = session.simulatorRequests();
	const start = session.timers.now();
	let sawThrottled = false;
	while (session.timers.now() - start < 30 * 60_000) {
		await session.tick();
		const sources = [...store.getState().sources.values()];
		if (sources.some((source) => source.phase === 'throttled')) sawThrottled = true;
		for (const source of sources) {
			if (source.staleSince !== undefined) assert.ok(source.lastError?.throttled, 'stale only because of throttling');
		}
		assert.ok(selectCounts(store.getState()).total >= healthy, 'last good tasks stay visible while throttled');
	}
	const during = session.simulatorRequests() - before;
	assert.ok(sawThrottled, 'throttling shows in the source state');
	// Four sources for 30 minutes at 15 s would be 480 requests with no backoff at all.
	assert.ok(during < 4 * 120, `requests during 30 min of throttling: ${during}`);
	t.diagnostic(`requests during 30 simulated minutes with half of all requests throttled: ${during} (480 without backoff)`);

	simulator.clearFaults();
	// Recovery within one backoff step (at most 5 min) plus one interval.
	const cleared = session.timers.now();
	while (session.timers.now() - cleared < 5 * 60_000 + 15_000) await session.tick();
	for (const source of store.getState().sources.values()) {
		assert.equal(source.phase, 'ok', `${source.kind} recovered`);
		assert.equal(source.staleSince, undefined);
	}
});

test('access denied for one operation leaves the other panes updating', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	session.simulator!.setFault('DescribeExportImageTasks', {kind: 'denied'});
	session.poller.start();
	for (let i = 0; i < 12; i++) await session.tick();
	const sources = [...session.store.getState().sources.values()];
	const exports = sources.find((source) => source.kind === 'export-image')!;
	assert.equal(exports.phase, 'error');
	assert.match(exports.lastError!.hint, /ec2:DescribeExportImageTasks/);
	for (const source of sources.filter((s) => s.kind !== 'export-image')) {
		assert.equal(source.phase, 'ok', `${source.kind} keeps updating`);
		assert.ok(source.lastSuccessAt! > session.timers.now() - 61_000);
	}
	const exportRequests = session.simulator!.counts()['DescribeExportImageTasks'] ?? 0;
	assert.ok(exportRequests <= 2, `denied operation retried slowly: ${exportRequests} requests`);
});
