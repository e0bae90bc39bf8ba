import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createPollPlan, isPartial, type PollPlanOptions} from '../../source/poller/poll-plan.js';
import {stillMoving} from '../../source/sources/active-tasks.js';
import {pageAnswered} from '../../source/sources/page-answered.js';
import {selectPaneSource} from '../../source/store/index.js';
import {paneStatus} from '../../source/tui/text/source-status.js';
import type {Task} from '../../source/model/task.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {snapKey, snapshot, storeWithSources, t0} from '../store/fixtures.js';

const signal = new AbortController().signal;

function plan(history: Task[], overrides: Partial<PollPlanOptions> = {}) {
	const store = storeWithSources();
	const timers = createManualTimers(t0);
	const calls: string[] = [];
	let asked: readonly Task[] = [];
	const created = createPollPlan({
		store,
		sourceKey: snapKey,
		kind: 'import-snapshot',
		timers,
		fullEveryMs: 300_000,
		pageSize: 100,
		moving: stillMoving,
		full: async () => {
			calls.push('full');
			return history;
		},
		active: async (known) => {
			calls.push('active');
			asked = known;
			return known.map((task) => ({...task, progress: 50}));
		},
		...overrides,
	});
	const poll = async () => {
		const result = await created.fetch(signal);
		if (isPartial(result)) store.getState().pollMerged(snapKey, result.partial, timers.now());
		else store.getState().pollSucceeded(snapKey, result, timers.now());
	};
	return {store, timers, calls, poll, plan: created, asked: () => asked};
}

const longHistory = () => [
	snapshot('import-snap-running'),
	snapshot('import-snap-deleting', {status: 'deleting', category: 'cancelled', progress: 10}),
	...Array.from({length: 150}, (_, i) => snapshot(`import-snap-old${i}`, {status: 'completed', category: 'completed', progress: undefined})),
];

test('a long history is listed at the first poll and every full interval; in between only moving tasks are asked for', async () => {
	const {calls, poll, timers, asked} = plan(longHistory());
	await poll();
	for (let i = 0; i < 19; i++) {
		timers.advance(15_000);
		await poll();
	}
	assert.deepEqual(calls, ['full', ...Array(19).fill('active')]);
	assert.deepEqual(
		asked()
			.map((task) => task.id)
			.sort(),
		['import-snap-deleting', 'import-snap-running'],
	);
	timers.advance(15_000);
	await poll();
	assert.equal(calls.at(-1), 'full', 'after 5 minutes');
});

test('refresh lists in full; a history of one page is always listed in full', async () => {
	const long = plan(longHistory());
	await long.poll();
	long.plan.listNext();
	await long.poll();
	assert.deepEqual(long.calls, ['full', 'full']);

	const short = plan([snapshot('import-snap-a'), snapshot('import-snap-b')]);
	for (let i = 0; i < 3; i++) await short.poll();
	assert.deepEqual(short.calls, ['full', 'full', 'full']);
});

test('when the active tier cannot answer, or a full listing failed, the next request is a full listing', async () => {
	const fallback = plan(longHistory(), {active: async () => undefined});
	await fallback.poll();
	await fallback.poll();
	assert.deepEqual(fallback.calls, ['full', 'full']);

	let fail = false;
	const calls: string[] = [];
	const flaky = plan(longHistory(), {
		full: async () => {
			calls.push('full');
			if (fail) throw new Error('throttled');
			return longHistory();
		},
		active: async () => {
			calls.push('active');
			return [];
		},
	});
	await flaky.poll();
	flaky.timers.advance(300_000);
	fail = true;
	await assert.rejects(flaky.poll());
	fail = false;
	await flaky.poll();
	assert.deepEqual(calls, ['full', 'full', 'full']);
});

test('a merged poll updates what it names and marks nothing gone', async () => {
	const {store, poll, timers} = plan(longHistory());
	await poll();
	const before = store.getState();
	timers.advance(15_000);
	await poll();
	const after = store.getState();
	const running = [...after.tasks['import-snapshot'].values()].find((tracked) => tracked.task.id === 'import-snap-running')!;
	assert.equal(running.task.progress, 50);
	assert.equal([...after.tasks['import-snapshot'].values()].filter((tracked) => tracked.goneAt !== undefined).length, 0);
	const old = [...after.tasks['import-snapshot'].values()].find((tracked) => tracked.task.id === 'import-snap-old3')!;
	assert.equal(
		old,
		[...before.tasks['import-snapshot'].values()].find((tracked) => tracked.task.id === 'import-snap-old3'),
		'untouched tasks keep their identity',
	);
	const source = after.sources.get(snapKey)!;
	assert.equal(source.lastSuccessAt, t0 + 15_000);
	assert.equal(source.lastListedAt, t0, 'only a full listing counts as listed');
});

test('--full-interval takes seconds from 5 to 3600 and says so when out of range', async () => {
	const {parseConfig} = await import('../../source/cli/config.js');
	assert.equal(parseConfig([], {fullInterval: '600'}, false).fullIntervalMs, 600_000);
	assert.equal(parseConfig([], {}, false).fullIntervalMs, undefined);
	assert.throws(() => parseConfig([], {fullInterval: '2'}, false), /--full-interval must be a number from 5 to 3600 seconds/);
});

test('the first listing of a long history shows its first page before the last page arrives, as initial tasks', async () => {
	let release!: () => void;
	const rest = new Promise<void>((resolve) => (release = resolve));
	const history = longHistory();
	const {store, poll} = plan(history, {
		full: async (pageSignal, onFirstPage) => {
			pageAnswered(pageSignal);
			onFirstPage?.(history.slice(0, 100));
			pageAnswered(pageSignal);
			pageAnswered(pageSignal);
			await rest;
			return history;
		},
	});
	store.getState().pollStarted(snapKey, t0);
	const first = poll();
	await new Promise((resolve) => setImmediate(resolve));
	const early = store.getState();
	assert.equal(early.tasks['import-snapshot'].size, 100, 'the first page is on screen');
	assert.equal(paneStatus(selectPaneSource(early, 'import-snapshot'), t0, false).text, 'loading… 3 of ? pages', 'the pane says it is still loading');
	assert.ok(
		early.events.every((event) => event.type === 'appeared' && event.initial),
		'as what was already there',
	);
	assert.equal(early.sources.get(snapKey)!.lastSuccessAt, undefined, 'the listing is not done');
	release();
	await first;
	const done = store.getState();
	assert.equal(done.tasks['import-snapshot'].size, history.length);
	assert.match(paneStatus(selectPaneSource(done, 'import-snapshot'), t0, false).text, /^ok /, 'and stops saying so once the listing is whole');
	assert.equal(done.events.length, history.length, 'one appearance per task, none twice');
	assert.ok(done.events.every((event) => event.initial));
});
