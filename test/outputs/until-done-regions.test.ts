// --until-done with an id and several regions: EC2 rejects a DescribeImportSnapshotTasks call naming an id it
// does not have in that region, so the other regions answer with an error while the task's own region lists
// it. The simulator serves the same tasks in every region, so this is driven through the store.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {watchUntilDone, type DoneResult} from '../../source/outputs/until-done.js';
import {createCutwatchStore, sourceKey} from '../../source/store/index.js';
import {completed, scope, snapshot, t0} from '../store/fixtures.js';

const id = 'import-snap-0123456789abcdef0';
const ids = {importTaskIds: [id], exportTaskIds: [], imageIds: [], discoveryTaskIds: []};
const here = {...scope, region: 'us-east-1'};
const there = {...scope, region: 'eu-west-1'};
const unknownId = {
	code: 'InvalidConversionTaskId.Malformed',
	message: `The import task ID '${id}' is not valid.`,
	hint: 'AWS rejected the request; check the flags that select tasks (ids, filters)',
	throttled: false,
	needsAction: true,
};

function setUp() {
	const store = createCutwatchStore();
	store.getState().registerSource('import-snapshot', here);
	store.getState().registerSource('import-snapshot', there);
	const results: DoneResult[] = [];
	watchUntilDone(
		store,
		{ids, statuses: [], startedAt: t0},
		() => t0 + 60_000,
		(result) => results.push(result),
	);
	return {store, results};
}

test('an id found in one region is waited for, although the other region rejects it', () => {
	const {store, results} = setUp();
	store.getState().pollFailed(sourceKey('import-snapshot', there), unknownId, t0);
	store.getState().pollSucceeded(sourceKey('import-snapshot', here), [snapshot(id)], t0);
	assert.equal(results.length, 0, 'still running in us-east-1');
	store.getState().pollSucceeded(sourceKey('import-snapshot', here), [completed(id)], t0 + 30_000);
	assert.equal(results.length, 1);
	assert.equal(results[0]!.exitCode, 0, results[0]!.summary);
	assert.match(results[0]!.summary, /1 tasks: 1 completed/);
});

test('an id no region has is still "no such task", exit 3', () => {
	const {store, results} = setUp();
	store.getState().pollSucceeded(sourceKey('import-snapshot', here), [], t0);
	store.getState().pollFailed(sourceKey('import-snapshot', there), unknownId, t0);
	assert.equal(results.length, 1);
	assert.equal(results[0]!.exitCode, 3);
	assert.match(results[0]!.summary, new RegExp(`^cutwatch: no such task: ${id} \\(check the id and --region\\)$`));
});

test("every region rejecting the id: AWS's own message, exit 3", () => {
	const {store, results} = setUp();
	store.getState().pollFailed(sourceKey('import-snapshot', here), unknownId, t0);
	assert.equal(results.length, 0, 'the other region may still have it');
	store.getState().pollFailed(sourceKey('import-snapshot', there), unknownId, t0);
	assert.equal(results.length, 1);
	assert.equal(results[0]!.exitCode, 3);
	assert.match(results[0]!.summary, /^cutwatch: no such task among import-snap-0123456789abcdef0: The import task ID/);
});
