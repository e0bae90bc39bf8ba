import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Task, TaskKind, TaskScope} from '../../source/model/task.js';
import {createPoller, type PollTarget} from '../../source/poller/poller.js';
import {defaultSchedule} from '../../source/poller/schedule.js';
import {createCutwatchStore, sourceKey} from '../../source/store/index.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {snapshot} from '../store/fixtures.js';

const scope: TaskScope = {region: 'us-east-1', account: '111122223333', profile: 'prod'};

type Call = {resolve(tasks: Task[]): void; reject(error: unknown): void; signal: AbortSignal};

/** A source whose every request the test answers by hand. */
function manualTarget(kind: TaskKind = 'import-snapshot') {
	const calls: Call[] = [];
	let renewed = 0;
	const target: PollTarget = {
		kind,
		scope,
		iamAction: `ec2:Describe-${kind}`,
		fetch: (signal) => new Promise<Task[]>((resolve, reject) => calls.push({resolve, reject, signal})),
		renewCredentials: () => {
			renewed++;
		},
	};
	return {target, calls, renewed: () => renewed};
}

function setup(kind: TaskKind = 'import-snapshot') {
	const timers = createManualTimers();
	const store = createCutwatchStore();
	const source = manualTarget(kind);
	const poller = createPoller({store, targets: [source.target], timers, random: () => 0.5});
	const state = () => store.getState().sources.get(sourceKey(kind, scope))!;
	return {timers, store, poller, ...source, state};
}

/** Lets the poller reach its request (it awaits a concurrency slot first). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const throttle = () => Object.assign(new Error('Request limit exceeded.'), {name: 'RequestLimitExceeded', $metadata: {httpStatusCode: 503}});
const denied = () =>
	Object.assign(new Error('You are not authorized to perform this operation.'), {name: 'UnauthorizedOperation', $metadata: {httpStatusCode: 403}});

test('polls at once on start, then schedules the next poll 15 s later while tasks are active', async () => {
	const {timers, poller, calls, store} = setup();
	poller.start();
	await settle();
	assert.equal(calls.length, 1);
	calls[0]!.resolve([snapshot('import-snap-0000000000000000a')]);
	await poller.idle();
	assert.deepEqual(timers.delays(), [15_000]);
	assert.equal(store.getState().tasks['import-snapshot'].size, 1);
	timers.next();
	await settle();
	assert.equal(calls.length, 2);
	poller.stop();
});

test('never overlaps two requests of one source: refresh during a request polls once more right after it', async () => {
	const {poller, calls} = setup();
	poller.start();
	await settle();
	poller.refreshNow();
	await settle();
	poller.refreshNow();
	await settle();
	assert.equal(calls.length, 1, 'no second request while the first is in flight');
	calls[0]!.resolve([]);
	await settle();
	assert.equal(calls.length, 2, 'the refresh asked for during the request runs after it');
	calls[1]!.resolve([]);
	await poller.idle();
	assert.equal(calls.length, 2);
	poller.stop();
});

test('pause stops polling and says so in the store; resume polls at once', async () => {
	const {timers, poller, calls, store} = setup();
	poller.start();
	await settle();
	calls[0]!.resolve([]);
	await poller.idle();
	poller.pause();
	assert.equal(store.getState().paused, true);
	assert.equal(timers.pending, 0);
	timers.advance(10 * 60_000);
	poller.refreshNow();
	await settle();
	assert.equal(calls.length, 1, 'nothing is polled while paused, not even on refresh');
	poller.resume();
	await settle();
	assert.equal(store.getState().paused, false);
	assert.equal(calls.length, 2);
	poller.stop();
});

test('throttling backs off exponentially up to one polling interval, keeps the last good tasks, and recovers', async () => {
	const {timers, poller, calls, state, store} = setup();
	poller.start();
	await settle();
	calls[0]!.resolve([snapshot('import-snap-0000000000000000a')]);
	await poller.idle();
	const delays: number[] = [];
	for (let i = 1; i <= 7; i++) {
		timers.next();
		await settle();
		calls[i]!.reject(throttle());
		await poller.idle();
		delays.push(timers.delays()[0]!);
		assert.equal(state().phase, 'throttled');
	}
	// random() = 0.5 → 95 % of each step; the step doubles from 15 s and stops at the 60 s idle interval.
	assert.deepEqual(delays, [14_250, 28_500, 57_000, 57_000, 57_000, 57_000, 57_000]);
	assert.equal(state().consecutiveFailures, 7);
	assert.ok(state().staleSince !== undefined, 'the source is marked stale');
	assert.equal(store.getState().tasks['import-snapshot'].size, 1, 'last good data stays');
	timers.next();
	await settle();
	calls[8]!.resolve([snapshot('import-snap-0000000000000000a')]);
	await poller.idle();
	assert.equal(state().phase, 'ok');
	assert.equal(state().staleSince, undefined);
	assert.deepEqual(timers.delays(), [15_000]);
	poller.stop();
});

test('access denied retries slowly (once per polling interval) and names the IAM action', async () => {
	const {timers, poller, calls, state} = setup('export-image');
	poller.start();
	await settle();
	calls[0]!.reject(denied());
	await poller.idle();
	assert.equal(state().phase, 'error');
	assert.match(state().lastError!.hint, /ec2:Describe-export-image/);
	assert.deepEqual(timers.delays(), [57_000]);
	poller.stop();
});

test('expired credentials are renewed from the chain before the next attempt', async () => {
	const {poller, calls, renewed, state} = setup();
	poller.start();
	await settle();
	calls[0]!.reject(Object.assign(new Error('The security token included in the request is expired'), {name: 'ExpiredToken', $metadata: {httpStatusCode: 400}}));
	await poller.idle();
	assert.equal(renewed(), 1);
	assert.match(state().lastError!.hint, /log in again/);
	poller.stop();
});

test('store tasks are not requested again within 10 s, even on refresh', async () => {
	const {timers, poller, calls} = setup('store-image');
	poller.start();
	await settle();
	calls[0]!.resolve([]);
	await poller.idle();
	timers.advance(3_000);
	poller.refreshNow();
	await settle();
	assert.equal(calls.length, 1, 'refresh inside the 10 s floor waits');
	assert.deepEqual(timers.delays(), [7_000]);
	timers.next();
	await settle();
	assert.equal(calls.length, 2);
	poller.stop();
});

test('stop aborts the request in flight and nothing is written or scheduled after it', async () => {
	const {timers, poller, calls, state} = setup();
	poller.start();
	await settle();
	poller.stop();
	assert.equal(calls[0]!.signal.aborted, true);
	calls[0]!.reject(new Error('aborted'));
	await poller.idle();
	assert.equal(timers.pending, 0);
	assert.notEqual(state().phase, 'error');
});

test('a source that throws something odd never takes the poller down', async () => {
	const {timers, poller, calls, state} = setup();
	poller.start();
	await settle();
	calls[0]!.reject('a string, not an Error');
	await poller.idle();
	assert.equal(state().phase, 'error');
	assert.equal(timers.pending, 1, 'the next attempt is scheduled');
	poller.stop();
});

test('bounded concurrency: at most maxConcurrent requests in flight across sources', async () => {
	const timers = createManualTimers();
	const store = createCutwatchStore();
	const sources = (['import-snapshot', 'export-image', 'store-image', 'discovery-import'] as const).map((kind) => manualTarget(kind));
	const poller = createPoller({store, targets: sources.map((s) => s.target), timers, maxConcurrent: 2, schedule: defaultSchedule});
	poller.start();
	await settle();
	assert.equal(
		sources.reduce((n, s) => n + s.calls.length, 0),
		2,
	);
	sources[0]!.calls[0]!.resolve([]);
	await settle();
	assert.equal(
		sources.reduce((n, s) => n + s.calls.length, 0),
		3,
	);
	poller.stop();
});

test('an attempt that never settles (even ignoring its signal) fails as timed out at the 20 s deadline, and its signal is aborted', async () => {
	const {timers, poller, calls, state} = setup();
	poller.start();
	await settle();
	assert.equal(calls.length, 1);
	assert.deepEqual(timers.delays(), [20_000], 'only the deadline is pending while the request runs');
	timers.advance(19_999);
	await settle();
	assert.equal(state().phase, 'polling');
	timers.advance(1);
	await settle();
	await poller.idle();
	assert.equal(calls[0]!.signal.aborted, true);
	assert.equal(state().phase, 'error');
	assert.equal(state().lastError?.code, 'TimeoutError');
	assert.equal(state().lastError?.message, 'no answer within 20 s');
	assert.deepEqual(timers.delays(), [14_250], 'the next attempt backs off like any transient failure (15 s less jitter)');
	// The abandoned request settling late changes nothing.
	calls[0]!.resolve([snapshot('import-snap-0000000000000000a')]);
	await settle();
	assert.equal(state().phase, 'error');
	poller.stop();
});

test('an attempt that answers before the deadline leaves no deadline timer behind', async () => {
	const {timers, poller, calls} = setup();
	poller.start();
	await settle();
	calls[0]!.resolve([]);
	await poller.idle();
	assert.deepEqual(timers.delays(), [60_000]);
	poller.stop();
});
