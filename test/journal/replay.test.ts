// The journal written by one store, replayed into a fresh one: what a restart must get back before its
// first poll, and how old and damaged files read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openJournal} from '../../source/journal/open.js';
import type {RunSelection} from '../../source/journal/schema.js';
import {createCutwatchStore, selectEta, getTrackedTask} from '../../source/store/index.js';
import {minute, scope, snapKey, snapshot, t0} from '../store/fixtures.js';

const selection: RunSelection = {
	mode: 'watch',
	kinds: ['import-snapshot'],
	regions: ['us-east-1'],
	profiles: [],
	discoveryRegion: 'us-east-1',
	endpoint: null,
	ids: {},
	statuses: [],
	untilDone: false,
	demo: false,
};

function tempJournal(): string {
	return join(mkdtempSync(join(tmpdir(), 'cutwatch-journal-')), 'cutover.jsonl');
}

/** One run: a store that polls `steps` (minute apart from t0) with the journal open, then closes cleanly or not. */
async function journalRun(path: string, steps: Array<ReturnType<typeof snapshot>[]>, options: {clean: boolean; start?: number}) {
	let now = options.start ?? t0;
	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => now});
	store.getState().registerSource('import-snapshot', scope);
	for (const tasks of steps) {
		store.getState().pollSucceeded(snapKey, tasks, now);
		now += minute;
	}
	if (options.clean) journal.close({exitCode: 0, done: false});
	else journal.writer.status(); // killed: no run-end, and the lock stays behind
	return {store, journal, end: now - minute};
}

test('a replay brings back tasks, first-seen times, progress history (ETA), and the event log before any poll', async () => {
	const path = tempJournal();
	const steps = [10, 11, 12, 13, 14, 15, 16, 17].map((progress) => [snapshot('import-snap-1', {progress}), snapshot('import-snap-2', {progress: 5})]);
	const first = await journalRun(path, steps, {clean: true});
	const before = first.store.getState();

	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => first.end + minute});
	const state = store.getState();
	const original = [...before.tasks['import-snapshot'].values()][0]!;
	const tracked = getTrackedTask(state, original.key)!;
	assert.equal(tracked.firstSeenAt, original.firstSeenAt);
	assert.equal(tracked.task.progress, 17);
	assert.deepEqual(
		tracked.history.map((sample) => sample.progress),
		[10, 15, 17],
		'samples are bounded (one per 5 points or 5 minutes), and a clean exit writes the last one',
	);
	assert.ok(selectEta(state, tracked, first.end) !== undefined, 'an ETA is back before the first poll');
	assert.deepEqual(
		state.events.map((event) => event.type),
		before.events.map((event) => event.type),
	);
	assert.equal(journal.replay?.runs, 1);
	assert.equal(journal.replay?.unclean, 0);
	journal.close({exitCode: 0, done: false});
});

test('after a restore, the first poll reports a change that happened meanwhile once, dated by the gap, and no appearance', async () => {
	const path = tempJournal();
	await journalRun(path, [[snapshot('import-snap-1', {progress: 40})], [snapshot('import-snap-1', {progress: 45})]], {clean: false});

	const later = t0 + 30 * minute;
	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => later});
	assert.equal(journal.replay?.unclean, 1, 'a run without run-end is seen as killed');
	store.getState().registerSource('import-snapshot', scope);
	const seq = store.getState().nextSeq;
	store.getState().pollSucceeded(snapKey, [snapshot('import-snap-1', {status: 'completed', category: 'completed', progress: 100})], later);
	const fresh = store.getState().events.filter((event) => event.seq >= seq);
	assert.deepEqual(
		fresh.map((event) => event.type),
		['completed'],
	);
	assert.equal(fresh[0]!.since, t0 + minute, 'it happened after the last poll that saw it running');
	journal.close({exitCode: 0, done: false});
	const lines = readFileSync(path, 'utf8')
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line) as {type?: string; since?: string | null});
	assert.equal(lines.find((line) => line.type === 'completed')!.since, new Date(t0 + minute).toISOString());
});

test('a v1 file (event lines only, no rec) still replays', async () => {
	const path = tempJournal();
	const v1 = (time: number, type: string, to: object | null, from: object | null = null) =>
		JSON.stringify({
			time: new Date(time).toISOString(),
			type,
			account: scope.account,
			region: 'us-east-1',
			kind: 'import-snapshot',
			id: 'import-snap-1',
			name: 'web-01',
			from,
			to,
			message: null,
			initial: type === 'appeared',
		});
	writeFileSync(
		path,
		[
			v1(t0, 'appeared', {status: 'active', category: 'active'}),
			v1(t0 + 5 * minute, 'failed', {status: 'deleted', category: 'failed'}, {status: 'active', category: 'active'}),
		].join('\n') + '\n',
	);
	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => t0 + 10 * minute});
	const [tracked] = store.getState().tasks['import-snapshot'].values();
	assert.equal(tracked?.task.category, 'failed');
	assert.equal(tracked?.firstSeenAt, t0);
	assert.equal(store.getState().events.length, 2);
	assert.equal(journal.replay?.torn, 0);
	journal.close({exitCode: 0, done: false});
});

test('a line torn by a crash is skipped with one warning count, and the next line written starts clean', async () => {
	const path = tempJournal();
	await journalRun(path, [[snapshot('import-snap-1', {progress: 40})]], {clean: true});
	appendFileSync(path, '{"rec":"event","time":"2025-06-01T12:0'); // kill -9 mid-write
	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => t0 + 10 * minute});
	assert.equal(journal.replay?.torn, 1);
	assert.equal(store.getState().tasks['import-snapshot'].size, 1, 'everything before the tear is back');
	journal.close({exitCode: 0, done: false});
	const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
	const unparsable = lines.filter((line) => {
		try {
			JSON.parse(line);
			return false;
		} catch {
			return true;
		}
	});
	assert.equal(unparsable.length, 1, 'only the torn fragment; the run-start after it is a whole line');

	const again = createCutwatchStore();
	const reread = await openJournal(path, again, {sources: new Set([snapKey]), selection, required: true, restore: true, now: () => t0 + 10 * minute});
	assert.equal(reread.replay?.torn, 1);
	assert.equal(reread.replay?.runs, 2);
	reread.close({exitCode: 0, done: false});
});

test('a run that selects by id restores only those tasks, so the others are not reported gone at its first poll', async () => {
	const path = tempJournal();
	await journalRun(path, [[snapshot('import-snap-1', {progress: 40}), snapshot('import-snap-2', {progress: 40})]], {clean: true});
	const store = createCutwatchStore();
	const journal = await openJournal(path, store, {
		sources: new Set([snapKey]),
		selection,
		required: true,
		restore: true,
		now: () => t0 + 10 * minute,
		selects: (task) => task.id === 'import-snap-1',
	});
	assert.deepEqual(
		[...store.getState().tasks['import-snapshot'].values()].map((tracked) => tracked.task.id),
		['import-snap-1'],
	);
	assert.ok(store.getState().events.every((event) => event.taskId === 'import-snap-1'));
	store.getState().registerSource('import-snapshot', scope);
	const seq = store.getState().nextSeq;
	store.getState().pollSucceeded(snapKey, [snapshot('import-snap-1', {progress: 41})], t0 + 10 * minute);
	assert.deepEqual(
		store
			.getState()
			.events.filter((event) => event.seq >= seq)
			.map((event) => event.type),
		[],
	);
	journal.close({exitCode: 0, done: false});
});
