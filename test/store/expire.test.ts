import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {getTrackedTask, selectCounts, selectPaneTasks} from '../../source/store/index.js';
import {completed, countUpdates, hour, minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

describe('expire', () => {
	test('drops a gone task once goneRetentionMs has passed, not before', () => {
		const store = storeWithSources({goneRetentionMs: 24 * hour});
		const {pollSucceeded, expire} = store.getState();
		pollSucceeded(snapKey, [completed('import-snap-old'), snapshot('import-snap-new')], t0);
		pollSucceeded(snapKey, [snapshot('import-snap-new')], t0 + minute); // aged out of AWS's 7 days
		const key = taskKey(completed('import-snap-old'));
		assert.equal(getTrackedTask(store.getState(), key)?.goneAt, t0 + minute);
		assert.equal(selectCounts(store.getState()).gone, 1);
		assert.equal(selectCounts(store.getState()).completed, 0, 'gone tasks are not counted by category');

		expire(t0 + minute + 24 * hour - 1);
		assert.ok(getTrackedTask(store.getState(), key));
		expire(t0 + minute + 24 * hour);
		assert.equal(getTrackedTask(store.getState(), key), undefined);
		assert.deepEqual(
			selectPaneTasks(store.getState(), 'import-snapshot').map((tracked) => tracked.task.id),
			['import-snap-new'],
		);
	});

	test('a task that reappears before its expiry is kept', () => {
		const store = storeWithSources({goneRetentionMs: hour});
		const {pollSucceeded, expire} = store.getState();
		pollSucceeded(snapKey, [snapshot('a')], t0);
		pollSucceeded(snapKey, [], t0 + minute);
		pollSucceeded(snapKey, [snapshot('a')], t0 + 30 * minute);
		expire(t0 + 3 * hour);
		const tracked = getTrackedTask(store.getState(), taskKey(snapshot('a')));
		assert.equal(tracked?.goneAt, undefined);
		assert.equal(tracked?.firstSeenAt, t0);
	});

	test('costs no state change when there is nothing to do', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('a'), completed('b')], t0);
		const updates = countUpdates(store);
		store.getState().expire(t0 + minute);
		store.getState().expire(t0 + 2 * minute);
		assert.equal(updates.count, 0);
	});
});
