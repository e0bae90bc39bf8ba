import assert from 'node:assert/strict';
import {test} from 'node:test';
import {createCutwatchStore, defaultStoreConfig} from '../../source/store/index.js';
import {scope, snapKey, snapshot, t0} from './fixtures.js';

test("defaults: stall at 3 × a task's pace (at least 5 min; 15 min while unknown), 5,000 events, 32 samples, 10 min ETA window, 24 h for gone tasks", () => {
	const {config, view, paused, events, nextSeq} = createCutwatchStore().getState();
	assert.deepEqual(config, defaultStoreConfig);
	assert.deepEqual(
		[
			config.stalledAfterMs,
			config.stallPaceFactor,
			config.stallMinMs,
			config.stallNoPaceMs,
			config.eventLimit,
			config.historyLimit,
			config.etaWindowMs,
			config.goneRetentionMs,
		],
		[undefined, 3, 5 * 60_000, 15 * 60_000, 5_000, 32, 10 * 60_000, 24 * 3_600_000],
	);
	assert.deepEqual(
		[view.focusedPane, view.sort, view.search, view.filters['store-image'], paused, events.length, nextSeq],
		['import-snapshot', 'status', '', 'all', false, 0, 1],
	);
});

test('each call makes an independent store', () => {
	const a = createCutwatchStore();
	const b = createCutwatchStore({eventLimit: 10});
	a.getState().registerSource('import-snapshot', scope);
	a.getState().pollSucceeded(snapKey, [snapshot('import-snap-a')], t0);
	assert.equal(a.getState().tasks['import-snapshot'].size, 1);
	assert.equal(b.getState().tasks['import-snapshot'].size, 0);
	assert.equal(b.getState().sources.size, 0);
	assert.equal(b.getState().config.eventLimit, 10);
});

test('options that would make the store keep nothing are refused', () => {
	assert.throws(() => createCutwatchStore({eventLimit: 0}), RangeError);
	assert.throws(() => createCutwatchStore({historyLimit: 1.5}), RangeError);
	assert.throws(() => createCutwatchStore({goneRetentionMs: -1}), RangeError);
	assert.throws(() => createCutwatchStore({stalledAfterMs: Number.NaN}), RangeError);
});
