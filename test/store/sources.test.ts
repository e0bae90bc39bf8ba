import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {selectPaneSource, selectPaneTasks, sourceKey} from '../../source/store/index.js';
import {countUpdates, minute, scope, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

const throttle = {code: 'RequestLimitExceeded', message: 'Request limit exceeded.', hint: 'AWS is throttling; backing off', throttled: true};
const denied = {code: 'UnauthorizedOperation', message: 'not authorized', hint: 'grant ec2:DescribeImportSnapshotTasks', throttled: false};

describe('source state', () => {
	test('sourceKey is the prefix of the keys of its tasks', () => {
		assert.equal(sourceKey('import-snapshot', scope), 'import-snapshot|111122223333|us-east-1');
		assert.equal(sourceKey('store-image', {region: 'eu-west-1'}), 'store-image||eu-west-1');
	});

	test('registering is idempotent and starts idle', () => {
		const store = storeWithSources();
		const updates = countUpdates(store);
		store.getState().registerSource('import-snapshot', scope);
		assert.equal(updates.count, 0);
		const source = store.getState().sources.get(snapKey)!;
		assert.deepEqual(
			{phase: source.phase, region: source.region, account: source.account, profile: source.profile, failures: source.consecutiveFailures},
			{phase: 'idle', region: 'us-east-1', account: '111122223333', profile: 'prod', failures: 0},
		);
	});

	test('a failed poll keeps the last good tasks, marks the source stale, and a success recovers', () => {
		const store = storeWithSources();
		const {pollStarted, pollSucceeded, pollFailed} = store.getState();
		pollStarted(snapKey, t0);
		pollSucceeded(snapKey, [snapshot('import-snap-a'), snapshot('import-snap-b')], t0 + 500, t0 + 30_000);
		let source = store.getState().sources.get(snapKey)!;
		assert.equal(source.phase, 'ok');
		assert.equal(source.lastAttemptAt, t0);
		assert.equal(source.lastSuccessAt, t0 + 500);
		assert.equal(source.nextPollAt, t0 + 30_000);
		const rows = selectPaneTasks(store.getState(), 'import-snapshot');

		pollStarted(snapKey, t0 + minute);
		pollFailed(snapKey, throttle, t0 + minute + 200, t0 + 2 * minute);
		pollStarted(snapKey, t0 + 2 * minute);
		pollFailed(snapKey, denied, t0 + 2 * minute + 100, t0 + 4 * minute);
		const state = store.getState();
		source = state.sources.get(snapKey)!;
		assert.equal(source.phase, 'error');
		assert.equal(source.staleSince, t0 + minute + 200, 'stale since the first failure');
		assert.equal(source.consecutiveFailures, 2);
		assert.equal(source.lastSuccessAt, t0 + 500);
		assert.deepEqual(source.lastError, denied);
		assert.equal(source.nextPollAt, t0 + 4 * minute);
		assert.equal(selectPaneTasks(state, 'import-snapshot'), rows, 'the same tasks are still shown');
		assert.equal(
			state.events.some((event) => event.type === 'gone'),
			false,
		);

		pollStarted(snapKey, t0 + 4 * minute);
		pollSucceeded(snapKey, [snapshot('import-snap-a'), snapshot('import-snap-b')], t0 + 4 * minute + 300);
		source = store.getState().sources.get(snapKey)!;
		assert.equal(source.phase, 'ok');
		assert.equal(source.staleSince, undefined);
		assert.equal(source.lastError, undefined);
		assert.equal(source.consecutiveFailures, 0);
		assert.equal(source.nextPollAt, undefined);
	});

	test('a source that has never succeeded is failing, not stale', () => {
		const store = storeWithSources();
		store.getState().pollFailed(snapKey, denied, t0, t0 + minute);
		const source = store.getState().sources.get(snapKey)!;
		assert.equal(source.phase, 'error');
		assert.equal(source.staleSince, undefined);
		assert.equal(source.lastAttemptAt, t0);
	});

	test('throttling is its own phase, and only the promised error fields are kept', () => {
		const store = storeWithSources();
		store.getState().pollFailed(snapKey, {...throttle, errorClass: 'throttled'} as typeof throttle, t0);
		const source = store.getState().sources.get(snapKey)!;
		assert.equal(source.phase, 'throttled');
		assert.deepEqual(source.lastError, throttle);
	});

	test('setNextPoll updates the countdown and is silent when unchanged', () => {
		const store = storeWithSources();
		const updates = countUpdates(store);
		store.getState().setNextPoll(snapKey, t0 + 15_000);
		store.getState().setNextPoll(snapKey, t0 + 15_000);
		assert.equal(store.getState().sources.get(snapKey)!.nextPollAt, t0 + 15_000);
		assert.equal(updates.count, 1);
	});

	test('setPaused toggles the flag the poller reads', () => {
		const store = storeWithSources();
		store.getState().setPaused(true);
		assert.equal(store.getState().paused, true);
		store.getState().setPaused(false);
		assert.equal(store.getState().paused, false);
	});

	test('the pane badge shows the worst source, and a retry in flight does not hide a failure', () => {
		const store = storeWithSources();
		const west = {...scope, region: 'us-west-2'};
		store.getState().registerSource('import-snapshot', west);
		const westKey = sourceKey('import-snapshot', west);
		const {pollStarted, pollSucceeded, pollFailed} = store.getState();

		assert.equal(selectPaneSource(store.getState(), 'import-snapshot')?.phase, 'idle');
		assert.equal(selectPaneSource(store.getState(), 'export-image'), undefined, 'no source, no badge');
		pollSucceeded(snapKey, [], t0);
		pollSucceeded(westKey, [], t0);
		assert.equal(selectPaneSource(store.getState(), 'import-snapshot')?.phase, 'ok');

		pollFailed(westKey, throttle, t0 + minute);
		let pane = selectPaneSource(store.getState(), 'import-snapshot')!;
		assert.equal(pane.phase, 'throttled');
		assert.equal(pane.staleSince, t0 + minute);
		assert.equal(pane.worst.key, westKey);

		pollFailed(snapKey, denied, t0 + minute);
		pollStarted(snapKey, t0 + 2 * minute);
		pane = selectPaneSource(store.getState(), 'import-snapshot')!;
		assert.equal(pane.phase, 'error', 'retrying, but the last word was an error');
		assert.equal(pane.polling, true);
		assert.deepEqual(pane.lastError, denied);
		assert.equal(selectPaneSource(store.getState(), 'import-snapshot'), pane, 'memoised while sources are unchanged');

		pollSucceeded(snapKey, [], t0 + 2 * minute);
		pollSucceeded(westKey, [], t0 + 2 * minute);
		pane = selectPaneSource(store.getState(), 'import-snapshot')!;
		assert.equal(pane.phase, 'ok');
		assert.equal(pane.staleSince, undefined);
	});
});
