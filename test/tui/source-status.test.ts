import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {selectPaneSource} from '../../source/store/index.js';
import {paneStatus} from '../../source/tui/text/source-status.js';
import {keyOf, minute, snapshot, t0} from './fixtures.js';
import {fourPaneStore} from './fixtures.js';

const throttle = {
	code: 'RequestLimitExceeded',
	message: 'Request limit exceeded.',
	hint: 'AWS is throttling this API for the account and region; backing off',
	throttled: true,
};
const denied = {
	code: 'UnauthorizedOperation',
	message: 'You are not authorized \u001b[31mto\u001b[0m perform this operation.',
	hint: 'your IAM policy does not allow ec2:DescribeImportSnapshotTasks',
	throttled: false,
};

describe('pane source status', () => {
	test('polling before the first answer, then ok with the time of the last success', () => {
		const store = fourPaneStore();
		assert.equal(paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0, false).text, 'waiting');
		store.getState().pollStarted(keyOf.snapshot, t0);
		assert.equal(paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0, false).text, 'polling');
		store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-1')], t0 + minute);
		assert.deepEqual(paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0, false), {text: 'ok 12:01', tone: 'ok', countsSeconds: false});
	});

	test('throttled: a countdown to the retry (so the screen needs a seconds clock) and since when the data is stale', () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-1')], t0);
		store.getState().pollFailed(keyOf.snapshot, throttle, t0 + 2 * minute, t0 + 2 * minute + 38_000);
		const status = paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0 + 2 * minute, false);
		assert.equal(status.text, 'throttled, retry in 38s, stale since 12:02');
		assert.equal(status.countsSeconds, true);
		assert.equal(status.tone, 'warn');
		assert.equal(
			paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0 + 2 * minute + 30_000, false).text,
			'throttled, retry in 8s, stale since 12:02',
		);
		// Paused: nothing is counting down.
		assert.equal(paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0, true).countsSeconds, false);
	});

	test('error: the code in the title, the hint first on the problem line, AWS text sanitised', () => {
		const store = fourPaneStore();
		store.getState().pollFailed(keyOf.snapshot, denied, t0, t0 + 5 * minute);
		const status = paneStatus(selectPaneSource(store.getState(), 'import-snapshot'), t0, false);
		assert.equal(status.text, 'error UnauthorizedOperation, no data yet');
		assert.equal(
			status.problem,
			'UnauthorizedOperation: your IAM policy does not allow ec2:DescribeImportSnapshotTasks (You are not authorized to perform this operation.)',
		);
		assert.equal(status.countsSeconds, false);
	});

	test('a pane without a source says it is not watched', () => {
		assert.equal(paneStatus(undefined, t0, false).text, 'not watched');
	});
});
