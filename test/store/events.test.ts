import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {eventsSince, getTrackedTask} from '../../source/store/index.js';
import type {CutwatchStore, TaskEvent} from '../../source/store/index.js';
import {completed, failed, minute, scope, snapKey, snapshot, storeWithSources, t0} from './fixtures.js';

const summary = (events: readonly TaskEvent[]) => events.map((event) => [event.type, event.taskId, event.from?.status ?? null, event.to?.status ?? null]);

function newEvents(store: CutwatchStore, after: number) {
	return eventsSince(store.getState().events, after);
}

describe('event log', () => {
	test('the first poll’s appearances are flagged initial, later ones are not', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a'), completed('import-snap-old')], t0);
		store.getState().pollSucceeded(snapKey, [snapshot('import-snap-a'), completed('import-snap-old'), snapshot('import-snap-b')], t0 + minute);
		const events = store.getState().events;
		assert.deepEqual(
			events.map((event) => [event.type, event.taskId, event.initial ?? false]),
			[
				['appeared', 'import-snap-a', true],
				['appeared', 'import-snap-old', true],
				['appeared', 'import-snap-b', false],
			],
			'an already-completed task on the first poll is not news',
		);
		const [first] = events;
		assert.deepEqual(
			{...first, to: {...first!.to}},
			{
				seq: 1,
				at: t0,
				type: 'appeared',
				taskKey: taskKey(snapshot('import-snap-a')),
				kind: 'import-snapshot',
				account: scope.account,
				region: scope.region,
				taskId: 'import-snap-a',
				name: 'disk import-snap-a',
				to: {status: 'active', category: 'active', message: 'converting'},
				message: 'converting',
				initial: true,
			},
		);
	});

	test('status changes, completion, failure, cancellation, gone and reappearing', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('a', {message: 'pending'}), snapshot('b'), snapshot('c'), snapshot('d')], t0);
		const seq = store.getState().nextSeq - 1;

		pollSucceeded(
			snapKey,
			[snapshot('a', {message: 'validated'}), completed('b'), failed('c'), snapshot('d', {status: 'deleting', category: 'cancelled', message: undefined})],
			t0 + minute,
		);
		pollSucceeded(snapKey, [snapshot('a', {message: 'validated', progress: 50})], t0 + 2 * minute);
		pollSucceeded(snapKey, [snapshot('a', {message: 'validated', progress: 50}), completed('b')], t0 + 3 * minute);
		const events = newEvents(store, seq);
		assert.deepEqual(summary(events), [
			['status-changed', 'a', 'active', 'active'],
			['completed', 'b', 'active', 'completed'],
			['failed', 'c', 'active', 'deleted'],
			['cancelled', 'd', 'active', 'deleting'],
			['gone', 'b', 'completed', null],
			['gone', 'c', 'deleted', null],
			['gone', 'd', 'deleting', null],
			['reappeared', 'b', null, 'completed'],
		]);
		assert.deepEqual(events[0]!.from, {status: 'active', category: 'active', message: 'pending'});
		assert.deepEqual(events[0]!.to, {status: 'active', category: 'active', message: 'validated'});
		assert.equal(events[2]!.message, 'ClientError: Disk validation failed');
		assert.ok(
			events.every((event, i) => event.seq === seq + 1 + i),
			'consecutive seqs',
		);

		const state = store.getState();
		const gone = getTrackedTask(state, taskKey(snapshot('c')))!;
		assert.equal(gone.goneAt, t0 + 2 * minute, 'kept and marked gone');
		assert.equal(gone.task.category, 'failed');
		assert.equal(getTrackedTask(state, taskKey(snapshot('b')))!.goneAt, undefined, 'back');
	});

	test('a task that starts and fails between two polls is one failed event, from nothing', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [], t0);
		store.getState().pollSucceeded(snapKey, [failed('import-snap-fast'), completed('import-snap-quick')], t0 + minute);
		assert.deepEqual(summary(store.getState().events), [
			['failed', 'import-snap-fast', null, 'deleted'],
			['completed', 'import-snap-quick', null, 'completed'],
		]);
	});

	test('a task that comes back changed is one event: its outcome when it finished while gone, else reappeared', () => {
		const store = storeWithSources();
		const {pollSucceeded} = store.getState();
		pollSucceeded(snapKey, [snapshot('a', {progress: 10}), snapshot('b', {progress: 10}), snapshot('c')], t0);
		pollSucceeded(snapKey, [], t0 + minute);
		const seq = store.getState().nextSeq - 1;
		pollSucceeded(snapKey, [failed('a'), snapshot('b', {progress: 60, message: 'validated'}), snapshot('c')], t0 + 2 * minute);
		assert.deepEqual(summary(newEvents(store, seq)), [
			['failed', 'a', 'active', 'deleted'],
			['reappeared', 'b', 'active', 'active'],
			['reappeared', 'c', null, 'active'],
		]);
	});

	test('an unchanged poll and a failed poll add no events', () => {
		const store = storeWithSources();
		store.getState().pollSucceeded(snapKey, [snapshot('a')], t0);
		const events = store.getState().events;
		store.getState().pollSucceeded(snapKey, [snapshot('a')], t0 + 30_000);
		store.getState().pollFailed(snapKey, {code: 'X', message: 'x', hint: 'x', throttled: false}, t0 + 60_000);
		assert.equal(store.getState().events, events);
	});

	test('stays within eventLimit over many polls, newest kept, seqs still monotonic', () => {
		const store = storeWithSources({eventLimit: 100});
		const {pollSucceeded} = store.getState();
		for (let i = 0; i < 500; i++) {
			// Each poll: one status change on each of three tasks.
			const message = `step ${i}`;
			const progress = i % 100; // moving, so no stall events
			pollSucceeded(snapKey, [snapshot('a', {message, progress}), snapshot('b', {message, progress}), snapshot('c', {message, progress})], t0 + i * 30_000);
		}
		const {events, nextSeq} = store.getState();
		assert.equal(events.length, 100);
		assert.equal(nextSeq, 3 + 499 * 3 + 1);
		assert.equal(events.at(-1)!.seq, nextSeq - 1);
		assert.equal(events.at(-1)!.to?.message, 'step 499');
		assert.ok(events.every((event, i) => i === 0 || event.seq === events[i - 1]!.seq + 1));
	});

	test('a first poll larger than the limit keeps the newest events without numbering gaps', () => {
		const store = storeWithSources({eventLimit: 10});
		store.getState().pollSucceeded(
			snapKey,
			Array.from({length: 25}, (_, i) => snapshot(`t${i}`)),
			t0,
		);
		const {events, nextSeq} = store.getState();
		assert.deepEqual(
			events.map((event) => [event.seq, event.taskId]),
			Array.from({length: 10}, (_, i) => [16 + i, `t${15 + i}`]),
		);
		assert.equal(nextSeq, 26);
	});

	test('eventsSince returns what a consumer has not seen, and shows when it fell behind', () => {
		const store = storeWithSources({eventLimit: 5});
		store.getState().pollSucceeded(snapKey, [snapshot('a'), snapshot('b'), snapshot('c')], t0);
		assert.deepEqual(
			newEvents(store, 1).map((event) => event.seq),
			[2, 3],
		);
		assert.deepEqual(newEvents(store, 3), []);
		store.getState().pollSucceeded(snapKey, [snapshot('d'), snapshot('e'), snapshot('f'), snapshot('g')], t0 + minute);
		// 4 appeared + 3 gone = seqs 4..10; only 6..10 are kept.
		assert.equal(newEvents(store, 3)[0]!.seq, 6, 'first seq > last seen + 1: events were missed');
	});
});
