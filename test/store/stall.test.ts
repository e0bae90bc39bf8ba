import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey, type Task} from '../../source/model/task.js';
import {getTrackedTask, isStalled, selectCounts, selectEta, stalledForMs} from '../../source/store/index.js';
import type {CutwatchStore} from '../../source/store/index.js';
import {completed, failed, minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

const key = taskKey(snapshot('import-snap-a'));
const stalled = (store: CutwatchStore, k = key) => isStalled(getTrackedTask(store.getState(), k)!);
const stalledEvents = (store: CutwatchStore) => store.getState().events.filter((event) => event.type === 'stalled');

function pollEvery30s(store: CutwatchStore, from: number, to: number, tasks: () => Task[]) {
	for (let t = from; t <= to; t += 30_000) store.getState().pollSucceeded(snapKey, tasks(), t);
}

describe('stall detection', () => {
	test('flags a running task whose progress has not moved for stalledAfterMs, at the threshold and not before', () => {
		const store = storeWithSources({stalledAfterMs: 15 * minute});
		pollEvery30s(store, t0, t0 + 15 * minute - 30_000, () => [snapshot('import-snap-a', {progress: 42})]);
		assert.equal(stalled(store), false);
		assert.equal(stalledEvents(store).length, 0);

		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a', {progress: 42})], t0 + 15 * minute);
		assert.equal(stalled(store), true);
		const tracked = getTrackedTask(store.getState(), key)!;
		assert.equal(tracked.stalledSince, t0 + 15 * minute);
		assert.equal(stalledForMs(tracked, t0 + 20 * minute), 20 * minute);
		assert.equal(selectEta(store.getState(), tracked, t0 + 15 * minute), undefined, 'no ETA for a stalled task');
		assert.equal(selectCounts(store.getState()).stalled, 1);
		const [event] = stalledEvents(store);
		assert.equal(event?.at, t0 + 15 * minute);
		assert.equal(event?.message, 'progress stuck at 42%');
	});

	test('reports a stall once, and resumed when progress moves again', () => {
		const store = storeWithSources();
		pollEvery30s(store, t0, t0 + 40 * minute, () => [snapshot('import-snap-a', {progress: 42})]);
		assert.equal(stalledEvents(store).length, 1);
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a', {progress: 43})], t0 + 41 * minute);
		assert.equal(stalled(store), false);
		assert.deepEqual(
			store
				.getState()
				.events.slice(-1)
				.map((event) => [event.type, event.at]),
			[['resumed', t0 + 41 * minute]],
		);
		// A second stall is a new stall.
		pollEvery30s(store, t0 + 42 * minute, t0 + 60 * minute, () => [snapshot('import-snap-a', {progress: 43})]);
		assert.equal(stalledEvents(store).length, 2);
	});

	test('a status message change alone does not reset the stall clock', () => {
		const store = storeWithSources();
		pollEvery30s(store, t0, t0 + 10 * minute, () => [snapshot('import-snap-a', {message: 'validating'})]);
		pollEvery30s(store, t0 + 10.5 * minute, t0 + 15 * minute, () => [snapshot('import-snap-a', {message: 'converting'})]);
		assert.equal(stalled(store), true);
	});

	test('never flags completed or failed tasks, or tasks that report no percentage', () => {
		const store = storeWithSources();
		const tasks = () => [completed('import-snap-done'), failed('import-snap-bad', {progress: 12}), snapshot('import-snap-quiet', {progress: undefined})];
		pollEvery30s(store, t0, t0 + 3 * 60 * minute, tasks);
		for (const task of tasks()) assert.equal(stalled(store, taskKey(task)), false, task.id);
		assert.equal(stalledEvents(store).length, 0);
	});

	test('a stalled task that completes is no longer stalled, without a resumed event', () => {
		const store = storeWithSources();
		pollEvery30s(store, t0, t0 + 20 * minute, () => [snapshot('import-snap-a')]);
		store.getState().pollSucceeded(snapKey, [completed('import-snap-a')], t0 + 21 * minute);
		assert.equal(stalled(store), false);
		assert.deepEqual(
			store
				.getState()
				.events.slice(-1)
				.map((event) => event.type),
			['completed'],
		);
	});

	test('is judged on polls, not on the wall clock: a gap in polling (sleep, outage, pause) invents no stall', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a')], t0);
		store.getState().pollFailed(snapKey, {code: 'ENOTFOUND', message: 'offline', hint: 'check the network', throttled: false}, t0 + 10 * minute);
		store.getState().expire(t0 + 8 * 60 * minute);
		assert.equal(stalled(store), false);
		// The next good poll shows the same progress hours later: now that is evidence.
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a')], t0 + 8 * 60 * minute);
		assert.equal(stalled(store), true);
		assert.equal(stalledEvents(store).length, 1);
	});
});
