import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {performance} from 'node:perf_hooks';
import {getTrackedTask, lastSeenAt, selectPaneTasks} from '../../source/store/index.js';
import {countUpdates, minute, scope, snapKey, snapshot, storeKey, storeTask, storeWithSources, t0} from './fixtures.js';

describe('applying a poll', () => {
	test('an unchanged task keeps the identity of its TrackedTask and Task; a changed one gets new objects', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('import-snap-a'), snapshot('import-snap-b')], t0);
		pollSucceeded(storeKey, [storeTask('ami-1')], t0);
		const first = store.getState();
		const a1 = getTrackedTask(first, taskKey(snapshot('import-snap-a')))!;
		const b1 = getTrackedTask(first, taskKey(snapshot('import-snap-b')))!;
		const s1 = getTrackedTask(first, taskKey(storeTask('ami-1')))!;

		// Fresh objects with equal data (new Dates, new raw): nothing may change identity.
		pollSucceeded(snapKey, [snapshot('import-snap-a'), snapshot('import-snap-b', {progress: 43})], t0 + minute);
		pollSucceeded(storeKey, [storeTask('ami-1')], t0 + minute);
		const second = store.getState();
		const a2 = getTrackedTask(second, a1.key)!;
		const b2 = getTrackedTask(second, b1.key)!;
		assert.equal(a2, a1);
		assert.equal(a2.task, a1.task);
		assert.equal(getTrackedTask(second, s1.key), s1, 'Dates compared by time');
		assert.equal(second.tasks['store-image'], first.tasks['store-image'], 'an unchanged pane keeps its map');
		assert.notEqual(b2, b1);
		assert.equal(b2.task.progress, 43);
		assert.equal(b2.firstSeenAt, t0);
	});

	test('a change only in the raw record (a new tag) is a change', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('import-snap-a')], t0);
		const before = getTrackedTask(store.getState(), taskKey(snapshot('import-snap-a')))!;
		pollSucceeded(snapKey, [snapshot('import-snap-a', {tags: [{Key: 'wave', Value: '4'}]})], t0 + minute);
		const after = getTrackedTask(store.getState(), before.key)!;
		assert.notEqual(after.task, before.task);
		assert.deepEqual(after.task.raw, snapshot('import-snap-a', {tags: [{Key: 'wave', Value: '4'}]}).raw);
	});

	test('a poll, a poll start and a poll failure are one state change each', () => {
		const store = storeWithSources();
		const updates = countUpdates(store);
		const {pollStarted, pollSucceeded, pollFailed} = store.getState();
		const tasks = Array.from({length: 200}, (_, i) => snapshot(`import-snap-${i}`, {progress: i % 100}));
		pollSucceeded(snapKey, tasks, t0);
		assert.equal(updates.count, 1);
		pollSucceeded(snapKey, tasks.slice(50), t0 + minute); // 50 disappear, 150 unchanged
		assert.equal(updates.count, 2);
		pollStarted(snapKey, t0 + 2 * minute);
		pollFailed(snapKey, {code: 'RequestLimitExceeded', message: 'slow down', hint: 'retrying', throttled: true}, t0 + 2 * minute);
		assert.equal(updates.count, 4);
		updates.stop();
	});

	test('repeated task ids in one listing (overlapping pages) are taken once', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a'), snapshot('import-snap-a', {progress: 50})], t0);
		const state = store.getState();
		assert.equal(state.tasks['import-snapshot'].size, 1);
		assert.equal(state.events.filter((event) => event.type === 'appeared').length, 1);
	});

	test('lastSeenAt follows the source while present and freezes at the last listing once gone', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('import-snap-a')], t0);
		pollSucceeded(snapKey, [snapshot('import-snap-a')], t0 + minute);
		const key = taskKey(snapshot('import-snap-a'));
		assert.equal(lastSeenAt(store.getState(), getTrackedTask(store.getState(), key)!), t0 + minute);
		pollSucceeded(snapKey, [], t0 + 2 * minute);
		pollSucceeded(snapKey, [], t0 + 3 * minute);
		const gone = getTrackedTask(store.getState(), key)!;
		assert.equal(gone.goneAt, t0 + 2 * minute);
		assert.equal(lastSeenAt(store.getState(), gone), t0 + minute);
	});

	test('tasks of another source with the same kind are not marked gone by this source’s poll', () => {
		const store = storeWithSources();
		const west = {...scope, region: 'us-west-2'};
		store.getState().registerSource('import-snapshot', west);
		const westKey = `import-snapshot|${scope.account}|us-west-2`;
		store.getState().pollSucceeded(westKey, [snapshot('import-snap-w', {region: 'us-west-2'})], t0);
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-e')], t0);
		store.getState().pollSucceeded(snapKey, [], t0 + minute);
		const state = store.getState();
		assert.equal(getTrackedTask(state, taskKey(snapshot('import-snap-w', {region: 'us-west-2'})))?.goneAt, undefined);
		assert.equal(getTrackedTask(state, taskKey(snapshot('import-snap-e')))?.goneAt, t0 + minute);
	});

	test('a poll for a source never registered is refused loudly', () => {
		const store = storeWithSources();
		assert.throws(() => store.getState().pollSucceeded('export-image|x|eu-west-1', [], t0), /unknown source/);
	});

	test('50,000 tasks: linear work, identity kept for every unchanged task', (t) => {
		const store = storeWithSources();
		const listing = (bump: number) => Array.from({length: 50_000}, (_, i) => snapshot(`import-snap-${i}`, {progress: (i % 90) + (i % 10 === bump ? 1 : 0)}));
		const timed = (fn: () => void) => {
			const start = performance.now();
			fn();
			return performance.now() - start;
		};
		const first = listing(-1);
		const second = listing(-1);
		const third = listing(3);
		const apply = [timed(() => store.getState().pollSucceeded(snapKey, first, t0)), timed(() => store.getState().pollSucceeded(snapKey, second, t0 + minute))];
		const before = store.getState().tasks['import-snapshot'];
		apply.push(timed(() => store.getState().pollSucceeded(snapKey, third, t0 + 2 * minute)));
		const sort = timed(() => selectPaneTasks(store.getState(), 'import-snapshot'));
		const after = store.getState().tasks['import-snapshot'];
		let kept = 0;
		for (const [key, tracked] of after) if (before.get(key) === tracked) kept++;
		assert.equal(kept, 45_000);
		// Generous: the point is to catch quadratic work (minutes), not to benchmark a shared machine.
		for (const ms of [...apply, sort]) assert.ok(ms < 5_000, `${ms} ms`);
		t.diagnostic(
			`apply: first ${apply[0]!.toFixed(0)} ms, unchanged ${apply[1]!.toFixed(0)} ms, 5k changed ${apply[2]!.toFixed(0)} ms; pane sort ${sort.toFixed(0)} ms`,
		);
	});
});
