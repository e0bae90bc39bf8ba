import {test} from 'node:test';
import assert from 'node:assert/strict';
import {backoffDelay, defaultSchedule, delayAfterFailure, delayAfterSuccess, withInterval} from '../../source/poller/schedule.js';

const low = () => 0;
const high = () => 0.999_999;

test('polls every 15 s while a source has active tasks and every 60 s when it has none, ±10 %', () => {
	assert.equal(
		delayAfterSuccess(defaultSchedule, 'import-snapshot', true, () => 0.5),
		15_000,
	);
	assert.equal(
		delayAfterSuccess(defaultSchedule, 'import-snapshot', false, () => 0.5),
		60_000,
	);
	assert.equal(delayAfterSuccess(defaultSchedule, 'export-image', true, low), 13_500);
	assert.ok(Math.abs(delayAfterSuccess(defaultSchedule, 'export-image', false, high) - 66_000) < 1);
});

test('DescribeStoreImageTasks is never polled more often than every 10 s, whatever --interval says', () => {
	const fast = withInterval(defaultSchedule, 5_000);
	assert.equal(delayAfterSuccess(fast, 'store-image', true, low), 10_000);
	assert.equal(delayAfterSuccess(fast, 'import-snapshot', true, low), 4_500);
	assert.equal(delayAfterFailure(fast, 'store-image', 'transient', 1, low), 10_000);
});

test('backoff doubles from the active interval and is capped at one polling interval (60 s), jitter only shortening it', () => {
	const longest = [1, 2, 3, 4, 5, 50].map((n) => backoffDelay(defaultSchedule, n, low));
	assert.deepEqual(longest, [15_000, 30_000, 60_000, 60_000, 60_000, 60_000]);
	const shortest = [1, 2, 3, 50].map((n) => Math.round(backoffDelay(defaultSchedule, n, high)));
	assert.deepEqual(shortest, [13_500, 27_000, 54_000, 54_000]);
	// --interval 10 min: the 5-minute cap still applies.
	assert.equal(backoffDelay(withInterval(defaultSchedule, 600_000), 50, low), 300_000);
});

test('errors a retry cannot fix (denied, misconfigured) retry slowly, never in a tight loop', () => {
	for (const failures of [1, 2, 10]) {
		for (const random of [low, high]) {
			for (const delay of [
				delayAfterFailure(defaultSchedule, 'export-image', 'denied', failures, random),
				delayAfterFailure(defaultSchedule, 'discovery-import', 'config', failures, random),
			]) {
				assert.ok(delay >= 54_000 && delay <= 60_000, `${delay}`);
			}
		}
	}
});
