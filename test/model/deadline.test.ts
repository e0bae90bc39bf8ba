import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {deadlineName, parseDeadline, project, projectionText} from '../../source/model/deadline.js';

const at = Date.UTC(2026, 11, 2, 2, 14); // 02:14 UTC
const minute = 60_000;

describe('--deadline', () => {
	test("04:30Z is the next 04:30 UTC; a time already past is tomorrow's; +2h is from now", () => {
		assert.equal(parseDeadline('04:30Z', at)?.at, Date.UTC(2026, 11, 2, 4, 30));
		assert.equal(parseDeadline('01:00Z', at)?.at, Date.UTC(2026, 11, 3, 1, 0));
		assert.deepEqual(parseDeadline('+2h', at), {at: at + 120 * minute, label: '04:14Z'}, 'a duration from now reads as a UTC clock, marked');
		const local = parseDeadline('04:30', at)!;
		assert.equal(new Date(local.at).getHours(), 4);
		assert.equal(new Date(local.at).getMinutes(), 30);
		assert.ok(local.at > at && local.at <= at + 86_400_000);
		for (const bad of ['4:3', '25:00', 'soon', '+0m', '+', '']) assert.equal(parseDeadline(bad, at), undefined, bad);
	});

	test("a local deadline is shown on the screen's one clock, UTC with a Z, and says how it was given", () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Europe/Berlin'; // UTC+1 in December
		try {
			const local = parseDeadline('04:30', at)!;
			assert.equal(local.at, Date.UTC(2026, 11, 2, 3, 30));
			assert.equal(local.label, '03:30Z');
			assert.equal(deadlineName(local), 'deadline 03:30Z (04:30 local)');
			const now = Date.UTC(2026, 11, 2, 3, 0);
			assert.equal(projectionText(project([20 * minute], now, local.at), local, now), 'on track (done ~03:20Z, 10 min spare)', 'the finish on the same clock');
			assert.equal(projectionText(project([40 * minute], now, local.at), local, now), 'late: 1 task projected past 03:30Z');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
		assert.equal(deadlineName(parseDeadline('04:30Z', at)!), 'deadline 04:30Z');
	});

	test('on track: the latest ETA against the deadline, and how many tasks have none yet', () => {
		const deadline = parseDeadline('04:30Z', at)!;
		const now = Date.UTC(2026, 11, 2, 3, 0);
		assert.equal(
			projectionText(project([20 * minute, 52 * minute, undefined], now, deadline.at), deadline, now),
			'on track (done ~03:52Z, 38 min spare, 1 without ETA)',
		);
		assert.equal(projectionText(project([20 * minute], now, deadline.at), deadline, now), 'on track (done ~03:20Z, 70 min spare)');
	});

	test('late: how many tasks are projected past it; passed: how many are still active', () => {
		const deadline = parseDeadline('04:30Z', at)!;
		const now = Date.UTC(2026, 11, 2, 4, 0);
		assert.equal(
			projectionText(project([40 * minute, 31 * minute, 45 * minute, 10 * minute], now, deadline.at), deadline, now),
			'late: 3 tasks projected past 04:30Z',
		);
		const after = Date.UTC(2026, 11, 2, 4, 31);
		assert.equal(projectionText(project([5 * minute, undefined], after, deadline.at), deadline, after), 'passed: 2 tasks still active');
	});
});
