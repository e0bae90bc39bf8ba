import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {selectCounts, selectPaneTasks, selectSelectedIndex, selectSelectedTask, summaryLine} from '../../source/store/index.js';
import type {CutwatchStore} from '../../source/store/index.js';
import {completed, failed, minute, snapKey, snapshot, storeKey, storeTask, storeWithSources, t0} from './fixtures.js';

const ids = (store: CutwatchStore, kind: 'import-snapshot' | 'store-image' = 'import-snapshot') =>
	selectPaneTasks(store.getState(), kind).map((tracked) => tracked.task.id);

function paneStore() {
	const store = storeWithSources();
	store
		.getState()
		.pollSucceeded(
			snapKey,
			[
				snapshot('import-snap-1', {progress: 10, description: 'db01 root disk'}),
				completed('import-snap-2', {description: 'web01 data'}),
				failed('import-snap-3', {description: 'legacy erp'}),
				snapshot('import-snap-4', {progress: 80, bucket: 'Wave3-Disks'}),
				snapshot('import-snap-5', {status: 'deleted', category: 'cancelled', message: undefined, progress: undefined}),
			],
			t0,
		);
	return store;
}

describe('pane selectors', () => {
	test('status sort puts failed first, then active, then the rest, ties by newest start then id', () => {
		const store = storeWithSources();
		store
			.getState()
			.pollSucceeded(
				storeKey,
				[
					storeTask('ami-old', {startedAt: new Date(t0 - 3 * minute)}),
					storeTask('ami-done', {status: 'Completed', category: 'completed', progress: 100}),
					storeTask('ami-new', {startedAt: new Date(t0 - minute)}),
					storeTask('ami-bad', {status: 'Failed', category: 'failed', message: 'InternalError'}),
					storeTask('ami-same-b', {startedAt: new Date(t0 - 2 * minute)}),
					storeTask('ami-same-a', {startedAt: new Date(t0 - 2 * minute)}),
				],
				t0,
			);
		assert.deepEqual(ids(store, 'store-image'), ['ami-bad', 'ami-new', 'ami-same-a', 'ami-same-b', 'ami-old', 'ami-done']);
	});

	test('progress, start and eta sorts', () => {
		const store = paneStore();
		store.getState().setSort('progress');
		assert.deepEqual(ids(store), ['import-snap-2', 'import-snap-4', 'import-snap-1', 'import-snap-3', 'import-snap-5']);

		// Tasks with ETAs: 4 moves 2 %/min (10 min left), 1 moves 1 %/min (88 min left).
		for (let i = 1; i <= 4; i++) {
			store
				.getState()
				.pollSucceeded(
					snapKey,
					[
						snapshot('import-snap-1', {progress: 10 + i, description: 'db01 root disk'}),
						snapshot('import-snap-4', {progress: 72 + 2 * i, bucket: 'Wave3-Disks'}),
						completed('import-snap-2', {description: 'web01 data'}),
					],
					t0 + i * minute,
				);
		}
		store.getState().setSort('eta');
		assert.deepEqual(ids(store).slice(0, 2), ['import-snap-4', 'import-snap-1']);
		store.getState().setSort('start');
		// No start time from this API: first seen, newest first, then id.
		assert.deepEqual(ids(store), ['import-snap-1', 'import-snap-2', 'import-snap-3', 'import-snap-4', 'import-snap-5']);
	});

	test('filters by category, cycling all → active → failed → completed → cancelled → all', () => {
		const store = paneStore();
		const seen: string[][] = [];
		for (let i = 0; i < 5; i++) {
			store.getState().cycleFilter('import-snapshot');
			seen.push([store.getState().view.filters['import-snapshot'], ...ids(store)]);
		}
		assert.deepEqual(seen, [
			['active', 'import-snap-1', 'import-snap-4'],
			['failed', 'import-snap-3'],
			['completed', 'import-snap-2'],
			['cancelled', 'import-snap-5'],
			['all', 'import-snap-3', 'import-snap-1', 'import-snap-4', 'import-snap-5', 'import-snap-2'],
		]);
		assert.equal(store.getState().view.filters['store-image'], 'all', 'filters are per pane');
	});

	test('search matches id, name, description, bucket, AMI, message and status, case-insensitively', () => {
		const store = paneStore();
		store.getState().pollSucceeded(storeKey, [storeTask('ami-0abc123', {bucket: 'archive-bucket'})], t0);
		const search = (text: string, kind: 'import-snapshot' | 'store-image' = 'import-snapshot') => {
			store.getState().setSearch(text);
			return ids(store, kind);
		};
		assert.deepEqual(search('SNAP-3'), ['import-snap-3']);
		assert.deepEqual(search('ERP'), ['import-snap-3']);
		assert.deepEqual(search('wave3-disks'), ['import-snap-4']);
		assert.deepEqual(search('disk validation'), ['import-snap-3']);
		assert.deepEqual(search('snap-import-snap-2'), ['import-snap-2'], 'produced snapshot id');
		assert.deepEqual(search('ami-0ABC', 'store-image'), ['ami-0abc123']);
		assert.deepEqual(search('ARCHIVE-bucket', 'store-image'), ['ami-0abc123']);
		assert.deepEqual(search('db01 root'), ['import-snap-1'], 'every word must match');
		assert.deepEqual(search('db01 erp'), []);
		assert.equal(search('  ').length, 5);
	});

	test('an unchanged store returns the same array; a change of data or view gives a new one', () => {
		const store = paneStore();
		const rows = selectPaneTasks(store.getState(), 'import-snapshot');
		assert.equal(selectPaneTasks(store.getState(), 'import-snapshot'), rows);

		// Nothing this pane shows changed: an identical poll, a poll start, another pane's poll and filter.
		const {pollSucceeded, pollStarted} = store.getState();
		pollStarted(snapKey, t0 + minute);
		pollSucceeded(
			snapKey,
			[
				snapshot('import-snap-1', {progress: 10, description: 'db01 root disk'}),
				completed('import-snap-2', {description: 'web01 data'}),
				failed('import-snap-3', {description: 'legacy erp'}),
				snapshot('import-snap-4', {progress: 80, bucket: 'Wave3-Disks'}),
				snapshot('import-snap-5', {status: 'deleted', category: 'cancelled', message: undefined, progress: undefined}),
			],
			t0 + minute,
		);
		pollSucceeded(storeKey, [storeTask('ami-1')], t0 + minute);
		store.getState().setFilter('store-image', 'failed');
		assert.equal(selectPaneTasks(store.getState(), 'import-snapshot'), rows);

		store.getState().setSort('progress');
		const byProgress = selectPaneTasks(store.getState(), 'import-snapshot');
		assert.notEqual(byProgress, rows);
		store.getState().setSort('status');
		assert.equal(selectPaneTasks(store.getState(), 'import-snapshot'), rows, 'switching back hits the memo');

		pollSucceeded(snapKey, [snapshot('import-snap-1', {progress: 11})], t0 + 2 * minute);
		assert.notEqual(selectPaneTasks(store.getState(), 'import-snapshot'), rows);
	});

	test('counts and the summary line', () => {
		const store = paneStore();
		store.getState().pollSucceeded(storeKey, [storeTask('ami-1'), storeTask('ami-2', {status: 'Completed', category: 'completed'})], t0);
		const counts = selectCounts(store.getState());
		assert.deepEqual({...counts}, {active: 3, completed: 2, failed: 1, cancelled: 1, unknown: 0, total: 7, stalled: 0, gone: 0});
		assert.equal(selectCounts(store.getState(), 'store-image').active, 1);
		assert.equal(selectCounts(store.getState()), counts, 'memoised');
		assert.equal(summaryLine(counts), '▶3 ✗1 ✓2 ⊘1');
		assert.equal(summaryLine(counts, {ascii: true}), 'run 3 fail 1 done 2 cxl 1');
		assert.equal(summaryLine(selectCounts(store.getState(), 'export-image')), '▶0 ✗0 ✓0');
	});
});

describe('selection', () => {
	test('follows the task by key when the list reorders', () => {
		const store = paneStore();
		store.getState().setSort('progress');
		const key = taskKey(snapshot('import-snap-1'));
		store.getState().select('import-snapshot', key);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), 2);
		// snap-1 overtakes everyone.
		store
			.getState()
			.pollSucceeded(
				snapKey,
				[snapshot('import-snap-1', {progress: 99}), completed('import-snap-2'), failed('import-snap-3'), snapshot('import-snap-4', {progress: 80})],
				t0 + minute,
			);
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.key, key);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), 1);
	});

	test('falls back to the row where the selection was when the task is filtered out, keeps the task shown there, and the first row when none', () => {
		const store = paneStore();
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.task.id, 'import-snap-3', 'nothing selected: first row');
		store.getState().moveSelection('import-snapshot', 3); // status order: 3, 1, 4, 5, 2 (same start: by id)
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.task.id, 'import-snap-5');
		store.getState().setFilter('import-snapshot', 'active');
		// snap-5 (cancelled) is filtered out; 2 active rows remain, the selection sits on the last.
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.task.id, 'import-snap-4');
		store.getState().setFilter('import-snapshot', 'all');
		// The task that was under the cursor stays selected (issue 10: the selection follows its task).
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.task.id, 'import-snap-4', 'the shown task was kept');
		store.getState().setFilter('import-snapshot', 'unknown');
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot'), undefined);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), -1);
	});

	test('moveSelection clamps at both ends', () => {
		const store = paneStore();
		const {moveSelection} = store.getState();
		moveSelection('import-snapshot', -5);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), 0);
		moveSelection('import-snapshot', Number.POSITIVE_INFINITY);
		assert.equal(selectSelectedTask(store.getState(), 'import-snapshot')?.task.id, 'import-snap-2');
		moveSelection('import-snapshot', 1);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), 4);
		moveSelection('import-snapshot', Number.NEGATIVE_INFINITY);
		assert.equal(selectSelectedIndex(store.getState(), 'import-snapshot'), 0);
	});
});

describe('view state', () => {
	test('focus cycles through the watched panes; sort cycles through its keys', () => {
		const store = storeWithSources(); // import-snapshot and store-image watched
		assert.equal(store.getState().view.focusedPane, 'import-snapshot');
		store.getState().cycleFocus();
		assert.equal(store.getState().view.focusedPane, 'store-image');
		store.getState().cycleFocus();
		assert.equal(store.getState().view.focusedPane, 'import-snapshot');
		store.getState().cycleFocus(-1);
		assert.equal(store.getState().view.focusedPane, 'store-image');
		store.getState().focusPane('discovery-import');
		assert.equal(store.getState().view.focusedPane, 'discovery-import');

		const sorts: string[] = [];
		for (let i = 0; i < 4; i++) {
			store.getState().cycleSort();
			sorts.push(store.getState().view.sort);
		}
		assert.deepEqual(sorts, ['progress', 'start', 'eta', 'status']);
	});

	test('repeating a view action that changes nothing does not notify subscribers', () => {
		const store = paneStore();
		store.getState().moveSelection('import-snapshot', -1);
		let updates = 0;
		store.subscribe(() => updates++);
		store.getState().setSearch('');
		store.getState().setSort('status');
		store.getState().setFilter('import-snapshot', 'all');
		store.getState().focusPane('import-snapshot');
		store.getState().moveSelection('import-snapshot', -1);
		assert.equal(updates, 0);
	});
});
