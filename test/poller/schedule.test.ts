import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	backoffDelay,
	defaultSchedule,
	delayAfterFailure,
	delayAfterSuccess,
	withInterval,
} from '../../source/poller/schedule.js';

const low = () => 0;
const high = () => 0.999_999;

test('polls every 15 s while a source has active tasks and every 60 s when it has none, ±10 %', () => {
	assert.equal(delayAfterSuccess(defaultSchedule, 'import-snapshot', true, () => 0.5), 15_000);
	assert.equal(delayAfterSuccess(defaultSchedule, 'import-snapshot', false, () => 0.5), 60_000);
	assert.equal(delayAfterSuccess(defaultSchedule, 'export-image', true, low), 13_500);
	assert.ok(Math.abs(delayAfterSuccess(defaultSchedule, 'export-image', false, high) - 66_000) < 1);
});

test('DescribeStoreImageTasks is never polled more often than every 10 s, whatever --interval says', () => {
	const fast = withInterval(defaultSchedule, 5_000);
	assert.equal(delayAfterSuccess(fast, 'store-image', true, low), 10_000);
	assert.equal(delayAfterSuccess(fast, 'import-snapshot', true, low), 4_500);
	assert.equal(delayAfterFailure(fast, 'store-image', 'transient', 1, low), 10_000);
});

test('backoff doubles from the active interval, with equal jitter, and is capped at 5 minutes', () => {
	const upper = [1, 2, 3, 4, 5, 6, 7, 50].map((n) => Math.round(backoffDelay(defaultSchedule, n, high)));
	assert.deepEqual(upper, [15_000, 30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
	const lower = [1, 2, 6, 50].map((n) => backoffDelay(defaultSchedule, n, low));
	assert.deepEqual(lower, [7_500, 15_000, 150_000, 150_000]);
});

test('errors a retry cannot fix (denied, misconfigured) retry slowly, never in a tight loop', () => {
	for (const failures of [1, 2, 10]) {
		assert.ok(delayAfterFailure(defaultSchedule, 'export-image', 'denied', failures, low) >= 270_000);
		assert.ok(delayAfterFailure(defaultSchedule, 'discovery-import', 'config', failures, low) >= 270_000);
	}
});
