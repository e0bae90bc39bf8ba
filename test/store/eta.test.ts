import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey, type Task} from '../../source/model/task.js';
import {getTrackedTask, selectEta} from '../../source/store/index.js';
import type {CutwatchStore} from '../../source/store/index.js';
import {completed, minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

const id = 'import-snap-eta';
const key = taskKey(snapshot(id));

function eta(store: CutwatchStore, now: number): number | undefined {
	const state = store.getState();
	return selectEta(state, getTrackedTask(state, key)!, now);
}

/** Polls every 30 s from `from` to `to`, with AWS reporting whole percent of `curve(t)`. */
function pollCurve(store: CutwatchStore, from: number, to: number, curve: (t: number) => number, extra: Task[] = []) {
	for (let t = from; t <= to; t += 30_000) {
		store.getState().pollSucceeded(snapKey, [snapshot(id, {progress: Math.floor(curve(t))}), ...extra], t);
	}
}

describe('ETA', () => {
	test('matches a linear progress curve within a poll interval or so', () => {
		const store = storeWithSources();
		const linear = (t: number) => (t - t0) / minute; // 1 % per minute: done at t0 + 100 min
		pollCurve(store, t0, t0 + 50 * minute, linear);
		const now = t0 + 50 * minute;
		const remaining = eta(store, now);
		assert.ok(remaining !== undefined);
		assert.ok(Math.abs(remaining - 50 * minute) <= minute, `expected about 50 min, got ${remaining / minute} min`);
		// Between polls the estimate counts down rather than jumping.
		const later = eta(store, now + 20_000)!;
		assert.ok(Math.abs(remaining - later - 20_000) < 1);

		pollCurve(store, now + 30_000, t0 + 80 * minute, linear);
		const late = eta(store, t0 + 80 * minute)!;
		assert.ok(Math.abs(late - 20 * minute) <= minute, `expected about 20 min, got ${late / minute} min`);
	});

	test('follows the recent rate when the pace changes', () => {
		const store = storeWithSources();
		// 0.5 %/min for 40 min (20 %), then 2 %/min.
		const curve = (t: number) => (t < t0 + 40 * minute ? (t - t0) / (2 * minute) : 20 + (2 * (t - t0 - 40 * minute)) / minute);
		pollCurve(store, t0, t0 + 60 * minute, curve); // 60 %, 40 % left at 2 %/min = 20 min
		const remaining = eta(store, t0 + 60 * minute)!;
		assert.ok(Math.abs(remaining - 20 * minute) <= 1.5 * minute, `expected about 20 min, got ${remaining / minute} min`);
	});

	test('is not offered before it means something', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot(id, {progress: 40})], t0);
		assert.equal(eta(store, t0), undefined, 'one sample');
		pollSucceeded(snapKey, [snapshot(id, {progress: 40})], t0 + 30_000);
		assert.equal(eta(store, t0 + 30_000), undefined, 'no movement');
		pollSucceeded(snapKey, [snapshot(id, {progress: 41})], t0 + 45_000);
		assert.equal(eta(store, t0 + 45_000), undefined, 'samples span under a minute');
		pollSucceeded(snapKey, [snapshot(id, {progress: 42})], t0 + 75_000);
		const remaining = eta(store, t0 + 75_000);
		// 2 % in 75 s: 58 % left takes 36.25 min.
		assert.ok(remaining !== undefined && Math.abs(remaining - 36.25 * minute) < 1000, String(remaining));
	});

	test('is not offered for finished tasks or tasks without a percentage', () => {
		const store = storeWithSources();
		pollCurve(store, t0, t0 + 10 * minute, (t) => (t - t0) / minute);
		store.getState().pollSucceeded(snapKey, [completed(id)], t0 + 11 * minute);
		assert.equal(eta(store, t0 + 11 * minute), undefined);
		assert.equal(getTrackedTask(store.getState(), key)!.task.category, 'completed');

		const silent = storeWithSources();
		for (let t = t0; t <= t0 + 10 * minute; t += 30_000) silent.getState().pollSucceeded(snapKey, [snapshot(id, {progress: undefined})], t);
		assert.equal(eta(silent, t0 + 10 * minute), undefined);
	});

	test('is 0, not negative, once the estimate has passed while the task still runs', () => {
		const store = storeWithSources();
		pollCurve(store, t0, t0 + 90 * minute, (t) => (t - t0) / minute);
		assert.equal(eta(store, t0 + 200 * minute), 0);
	});
});

describe('progress history', () => {
	test('records changes only and stays bounded', () => {
		const store = storeWithSources({historyLimit: 20});
		const {pollSucceeded} = store.getState();
		for (let i = 0; i < 300; i++) {
			// Each value is polled twice: only the change is a sample.
			pollSucceeded(snapKey, [snapshot(id, {progress: Math.floor(i / 2) / 2})], t0 + i * 30_000);
		}
		const history = getTrackedTask(store.getState(), key)!.history;
		assert.equal(history.length, 20);
		assert.deepEqual(history.at(-1), {at: t0 + 298 * 30_000, progress: 74.5});
		assert.ok(history.every((sample, i) => i === 0 || sample.progress > history[i - 1]!.progress));
	});

	test('starts over when progress goes backwards (AWS restarted the work)', () => {
		const store = storeWithSources();
		pollCurve(store, t0, t0 + 20 * minute, (t) => 50 + (t - t0) / minute);
		store.getState().pollSucceeded(snapKey, [snapshot(id, {progress: 5})], t0 + 21 * minute);
		const tracked = getTrackedTask(store.getState(), key)!;
		assert.deepEqual(tracked.history, [{at: t0 + 21 * minute, progress: 5}]);
		assert.equal(selectEta(store.getState(), tracked, t0 + 21 * minute), undefined);
	});
});
