// Pane rows and counts are updated from the previous result by the tasks that changed; whatever the sequence
// of polls (full, merged, expiry), they must equal what a full recomputation gives.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Task} from '../../source/model/task.js';
import {selectCounts, selectPaneTasks, sortKeys, type CutwatchData, type TrackedTask} from '../../source/store/index.js';
import {computeRows} from '../../source/store/pane-order.js';
import {minute, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

function random(seed: number) {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
}

const statuses = [
	{status: 'active', category: 'active'},
	{status: 'completed', category: 'completed', progress: undefined},
	{status: 'deleted', category: 'failed', message: 'ClientError: bad disk'},
	{status: 'deleted', category: 'cancelled', message: undefined},
] as const;

function task(i: number, draw: () => number): Task {
	const state = statuses[Math.floor(draw() * statuses.length)]!;
	return snapshot(`import-snap-${String(i).padStart(6, '0')}`, {
		...state,
		progress: 'progress' in state ? state.progress : Math.floor(draw() * 100),
		description: draw() < 0.5 ? `web disk ${i}` : `db disk ${i}`,
	});
}

function fresh(state: CutwatchData): readonly TrackedTask[] {
	const {filters, search, sort} = state.view;
	return computeRows(state.tasks['import-snapshot'], {filter: filters['import-snapshot'], search, sort, config: state.config}).map((row) => row.tracked);
}

function counted(state: CutwatchData) {
	const counts = {active: 0, completed: 0, failed: 0, cancelled: 0, unknown: 0, total: 0, stalled: 0, gone: 0};
	for (const tracked of state.tasks['import-snapshot'].values()) {
		if (tracked.goneAt !== undefined) counts.gone++;
		else {
			counts[tracked.task.category]++;
			counts.total++;
			if (tracked.stalledSince !== undefined) counts.stalled++;
		}
	}
	return counts;
}

test('rows and counts updated task by task equal a full recomputation, through full polls, merges and expiry', () => {
	const store = storeWithSources({goneRetentionMs: 10 * minute, stalledAfterMs: 3 * minute});
	const draw = random(7);
	let listing = Array.from({length: 400}, (_, i) => task(i, draw));
	let next = listing.length;
	let now = t0;
	const views = [
		() => store.getState().setFilter('import-snapshot', 'all'),
		() => store.getState().setFilter('import-snapshot', 'active'),
		() => store.getState().setSearch('web'),
		() => store.getState().setSearch(''),
	];
	store.getState().pollSucceeded(snapKey, listing, now);
	for (let step = 0; step < 120; step++) {
		now += minute;
		// A few tasks change, one appears, now and then one leaves the listing.
		listing = listing.map((each, i) => (draw() < 0.02 ? task(Number(each.id.slice(12)), draw) : i === 0 ? each : each));
		if (draw() < 0.5) listing.push(task(next++, draw));
		if (draw() < 0.3) listing.splice(Math.floor(draw() * listing.length), 1);
		const changed = listing.filter(() => draw() < 0.05);
		if (step % 5 === 0) store.getState().pollSucceeded(snapKey, listing, now);
		else store.getState().pollMerged(snapKey, changed, now);
		if (step % 7 === 0) store.getState().expire(now);
		// Read in several orderings, as the screen and a headless reader would.
		for (const sort of sortKeys) {
			store.getState().setSort(sort);
			views[step % views.length]!();
			const state = store.getState();
			assert.deepEqual(
				selectPaneTasks(state, 'import-snapshot').map((tracked) => tracked.key),
				fresh(state).map((tracked) => tracked.key),
				`step ${step}, sort ${sort}`,
			);
			assert.deepEqual({...selectCounts(state, 'import-snapshot')}, counted(state), `counts at step ${step}`);
		}
	}
});

test('one task changing at a time (in place, moving, appearing, filtered out) keeps the rows a full recomputation gives', () => {
	const store = storeWithSources();
	const draw = random(11);
	const listing = Array.from({length: 300}, (_, i) => task(i, draw));
	let now = t0;
	store.getState().pollSucceeded(snapKey, listing, now);
	for (let step = 0; step < 200; step++) {
		now += minute;
		const i = Math.floor(draw() * (listing.length + 1));
		const before = listing[i];
		// A progress tick (stays put under most sorts), or a new state (moves), or a new task.
		listing[i] =
			before && draw() < 0.6 && before.category === 'active'
				? {...before, progress: Math.min(99, (before.progress ?? 0) + 1)}
				: task(i === listing.length ? listing.length : i, draw);
		store.getState().pollMerged(snapKey, [listing[i]!], now);
		const sort = sortKeys[step % sortKeys.length]!;
		store.getState().setSort(sort);
		if (step % 50 === 25) store.getState().setFilter('import-snapshot', step % 100 === 25 ? 'active' : 'all');
		const state = store.getState();
		assert.deepEqual(
			selectPaneTasks(state, 'import-snapshot').map((tracked) => tracked.key),
			fresh(state).map((tracked) => tracked.key),
			`step ${step}, sort ${sort}`,
		);
	}
});
