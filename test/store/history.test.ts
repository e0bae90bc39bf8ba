// The bounded, downsampled histories: a task's progress samples and the session's counts.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {getTrackedTask} from '../../source/store/index.js';
import {appendSample} from '../../source/store/history.js';
import {completed, minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

describe('task progress history', () => {
	test('a long task keeps its beginning and spreads its samples over its whole life', () => {
		let history: ReturnType<typeof appendSample> = [];
		// 1,000 changes, one a minute: far more than the 32 kept.
		for (let i = 0; i < 1000; i++) history = appendSample(history, {at: t0 + i * minute, progress: i / 10}, 32);
		assert.equal(history.length, 32);
		assert.deepEqual(history[0], {at: t0, progress: 0}, 'the first sample stays');
		assert.deepEqual(history.at(-1), {at: t0 + 999 * minute, progress: 99.9});
		// Evenly spread: no gap more than a few times the even spacing (999 min / 31 gaps ≈ 32 min).
		const gaps = history.slice(1).map((sample, i) => sample.at - history[i]!.at);
		assert.ok(Math.max(...gaps) <= 4 * 32 * minute, `largest gap ${Math.max(...gaps) / minute} min`);
		// The newest quarter is kept at full resolution for the ETA.
		assert.ok(gaps.slice(-7).every((gap) => gap === minute));
	});

	test('a stall (a long gap between two change points) survives thinning', () => {
		let history: ReturnType<typeof appendSample> = [];
		let at = t0;
		for (let i = 0; i < 40; i++) history = appendSample(history, {at: (at += minute), progress: i}, 32);
		const stallStart = at;
		at += 120 * minute;
		for (let i = 40; i < 200; i++) history = appendSample(history, {at: (at += minute), progress: i / 2 + 20}, 32);
		const stalledGap = history.some((sample, i) => i > 0 && sample.at - history[i - 1]!.at >= 120 * minute && history[i - 1]!.at <= stallStart);
		assert.ok(stalledGap, 'the two hours without progress are still visible');
	});

	test('every task with a long history stays within the bound and keeps its start', () => {
		const store = storeWithSources();
		const ids = Array.from({length: 200}, (_, i) => `import-snap-${String(i).padStart(17, '0')}`);
		for (let poll = 0; poll < 100; poll++) {
			store.getState().pollSucceeded(
				snapKey,
				ids.map((id) => snapshot(id, {progress: poll})),
				t0 + poll * minute,
			);
		}
		const tracked = getTrackedTask(store.getState(), taskKey(snapshot(ids[7]!)))!;
		assert.equal(tracked.history.length, store.getState().config.historyLimit);
		assert.equal(tracked.history[0]!.progress, 0);
	});
});

describe('session history', () => {
	test('one sample per poll that changed a count, with imported bytes', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('a', {progress: 0}), snapshot('b', {progress: 50})], t0);
		pollSucceeded(snapKey, [snapshot('a', {progress: 0}), snapshot('b', {progress: 50})], t0 + minute); // nothing changed
		pollSucceeded(snapKey, [snapshot('a', {progress: 50}), completed('b')], t0 + 2 * minute);
		const {sessionHistory} = store.getState();
		assert.equal(sessionHistory.length, 2);
		assert.deepEqual(
			sessionHistory.map((sample) => sample.panes['import-snapshot']),
			[
				{active: 2, completed: 0, failed: 0, cancelled: 0},
				{active: 1, completed: 1, failed: 0, cancelled: 0},
			],
		);
		// The fixture's disks are 705,638,400 bytes: half of one, then one and a half.
		assert.deepEqual(
			sessionHistory.map((sample) => sample.importedBytes),
			[705638400 / 2, 705638400 * 1.5],
		);
	});

	test('stays bounded over a long night and keeps its first sample', () => {
		const store = storeWithSources({sessionHistoryLimit: 50});
		for (let poll = 0; poll < 2000; poll++) {
			store.getState().pollSucceeded(snapKey, [snapshot('a', {progress: poll % 100})], t0 + poll * minute);
		}
		const {sessionHistory} = store.getState();
		assert.equal(sessionHistory.length, 50);
		assert.equal(sessionHistory[0]!.at, t0);
		assert.equal(sessionHistory.at(-1)!.at, t0 + 1999 * minute);
	});

	test('a finished task records when it ended', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('a')], t0);
		store.getState().pollSucceeded(snapKey, [snapshot('a', {status: 'deleted', category: 'failed', message: 'ClientError: bad disk'})], t0 + 5 * minute);
		store.getState().pollSucceeded(snapKey, [snapshot('a', {status: 'deleted', category: 'failed', message: 'ClientError: bad disk'})], t0 + 6 * minute);
		assert.equal(getTrackedTask(store.getState(), taskKey(snapshot('a')))!.endedAt, t0 + 5 * minute);
	});
});
