// --until-done --deadline: the step ends with exit code 4 once the deadline passes with its tasks still
// active, naming them; finished in time, the deadline changes nothing.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {watchUntilDone, type DoneResult} from '../../source/outputs/until-done.js';
import {parseDeadline} from '../../source/model/deadline.js';
import {createCutwatchStore, sourceKey} from '../../source/store/index.js';
import {completed, scope, snapshot, t0} from '../store/fixtures.js';

function setUp() {
	const store = createCutwatchStore();
	store.getState().registerSource('import-snapshot', scope);
	const results: DoneResult[] = [];
	let now = t0;
	const deadline = parseDeadline('+30m', t0)!;
	const ids = {importTaskIds: [], exportTaskIds: [], imageIds: [], discoveryTaskIds: []};
	watchUntilDone(
		store,
		{ids, statuses: [], startedAt: t0, deadline},
		() => now,
		(result) => results.push(result),
	);
	return {store, results, at: (ms: number) => (now = ms)};
}

const key = sourceKey('import-snapshot', scope);

test('exit 4 when the deadline passes with tasks still active', () => {
	const {store, results, at} = setUp();
	store.getState().pollSucceeded(key, [snapshot('import-snap-1', {description: 'db-01'}), snapshot('import-snap-2', {description: 'web-01'})], t0);
	at(t0 + 29 * 60_000);
	store
		.getState()
		.pollSucceeded(key, [snapshot('import-snap-1', {description: 'db-01'}), completed('import-snap-2', {description: 'web-01'})], t0 + 29 * 60_000);
	assert.equal(results.length, 0, 'before the deadline it keeps waiting');
	at(t0 + 31 * 60_000);
	store
		.getState()
		.pollSucceeded(
			key,
			[snapshot('import-snap-1', {description: 'db-01', progress: 90}), completed('import-snap-2', {description: 'web-01'})],
			t0 + 31 * 60_000,
		);
	assert.equal(results.length, 1);
	assert.equal(results[0]!.exitCode, 4);
	assert.match(results[0]!.summary, /deadline .* passed with 1 task still active: db-01/);
});

test('finished before the deadline: the usual outcome', () => {
	const {store, results, at} = setUp();
	store.getState().pollSucceeded(key, [snapshot('import-snap-1')], t0);
	at(t0 + 10 * 60_000);
	store.getState().pollSucceeded(key, [completed('import-snap-1')], t0 + 10 * 60_000);
	assert.equal(results[0]?.exitCode, 0);
});
