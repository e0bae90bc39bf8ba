// A stall is judged against the task's own pace: no progress for three times its usual interval between
// changes (at least 5 minutes); a task whose pace is not known yet falls back to 15 minutes; --stall-after
// (stalledAfterMs) fixes the threshold for every task. ETAs need evidence in samples, not in wall time.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {getTrackedTask, isStalled, selectEta} from '../../source/store/index.js';
import type {CutwatchStore} from '../../source/store/index.js';
import {minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

const id = 'import-snap-pace';
const key = taskKey(snapshot(id));
const tracked = (store: CutwatchStore) => getTrackedTask(store.getState(), key)!;

/** Progress +1 every `everyMs` until `until`, then stuck; polled every 30 s up to `to`. */
function run(store: CutwatchStore, everyMs: number, until: number, to: number, from = t0) {
	for (let t = from; t <= to; t += 30_000) {
		const progress = 10 + Math.floor((Math.min(t, until) - t0) / everyMs);
		store.getState().pollSucceeded(snapKey, [snapshot(id, {progress})], t);
	}
}

describe('stall relative to pace', () => {
	test('a task moving every minute is stalled after 5 minutes still, not 15', () => {
		const store = storeWithSources();
		const stuckAt = t0 + 10 * minute;
		run(store, minute, stuckAt, stuckAt + 5 * minute - 30_000);
		assert.equal(isStalled(tracked(store)), false, 'not before 5 minutes');
		run(store, minute, stuckAt, stuckAt + 5 * minute, stuckAt + 5 * minute);
		assert.equal(isStalled(tracked(store)), true);
		assert.equal(tracked(store).stalledSince, stuckAt + 5 * minute);
	});

	test('a task moving every 4 minutes is stalled after 12 minutes still (3 × its pace)', () => {
		const store = storeWithSources();
		const stuckAt = t0 + 40 * minute;
		run(store, 4 * minute, stuckAt, stuckAt + 12 * minute - 30_000);
		assert.equal(isStalled(tracked(store)), false);
		run(store, 4 * minute, stuckAt, stuckAt + 12 * minute, stuckAt + 12 * minute);
		assert.equal(isStalled(tracked(store)), true);
	});

	test('stalledAfterMs (--stall-after) overrides the pace', () => {
		const store = storeWithSources({stalledAfterMs: 20 * minute});
		const stuckAt = t0 + 10 * minute;
		run(store, minute, stuckAt, stuckAt + 20 * minute - 30_000);
		assert.equal(isStalled(tracked(store)), false);
		run(store, minute, stuckAt, stuckAt + 20 * minute, stuckAt + 20 * minute);
		assert.equal(isStalled(tracked(store)), true);
	});
});

describe('ETA evidence', () => {
	test('three samples are enough, however little wall time they span (a demo at --speed 10)', () => {
		const store = storeWithSources();
		for (const [i, progress] of [10, 30, 50].entries()) store.getState().pollSucceeded(snapKey, [snapshot(id, {progress})], t0 + i * 15_000);
		const eta = selectEta(store.getState(), tracked(store), t0 + 30_000);
		assert.ok(eta !== undefined, 'an ETA after two changes');
		assert.ok(Math.abs(eta - 37_500) < 1, `50 % left at 20 %/15 s: ${eta} ms`);
	});

	test('two samples a few seconds apart are not', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot(id, {progress: 10})], t0);
		store.getState().pollSucceeded(snapKey, [snapshot(id, {progress: 30})], t0 + 15_000);
		assert.equal(selectEta(store.getState(), tracked(store), t0 + 15_000), undefined);
	});
});
