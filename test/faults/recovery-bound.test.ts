// "Recovers by itself within one polling interval after the fault clears": only a request that succeeds can tell
// that a fault is over, so no failure may push the next attempt further out than one polling interval. The
// fault matrix shows it end to end for the default schedule and one jitter value; this holds it for every error
// class, failure count, jitter value and --interval.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds} from '../../source/model/task.js';
import type {ErrorClass} from '../../source/poller/classify-error.js';
import {defaultSchedule, delayAfterFailure, floorFor, intervalBoundsMs, withInterval} from '../../source/poller/schedule.js';

const classes: ErrorClass[] = ['throttled', 'transient', 'expired', 'denied', 'config'];
const randoms = [0, 0.25, 0.5, 0.75, 1 - 1e-9];
const intervals = [undefined, intervalBoundsMs.min, 30_000, 120_000, 600_000, intervalBoundsMs.max];

test('no failure delays the next attempt past one polling interval, whatever the class, count, jitter or --interval', () => {
	for (const intervalMs of intervals) {
		const schedule = withInterval(defaultSchedule, intervalMs);
		for (const kind of taskKinds) {
			// The interval a healthy source with no active tasks is polled at (the store floor can lengthen it).
			const oneInterval = Math.max(schedule.idleMs, floorFor(schedule, kind));
			for (const errorClass of classes) {
				for (let failures = 1; failures <= 40; failures++) {
					for (const r of randoms) {
						const delay = delayAfterFailure(schedule, kind, errorClass, failures, () => r);
						const where = `${kind} ${errorClass} ×${failures} random ${r} --interval ${intervalMs ?? 'default'}`;
						assert.ok(delay <= oneInterval, `${where}: ${delay} ms > ${oneInterval} ms`);
						// Backing off, not hammering: never sooner than the active interval (minus jitter) or the floor.
						const soonest = Math.max(floorFor(schedule, kind), Math.min(schedule.activeMs, schedule.backoffCapMs) * (1 - schedule.jitter));
						assert.ok(delay >= soonest - 1e-6, `${where}: ${delay} ms < ${soonest} ms`);
					}
				}
			}
		}
	}
});

test('a long fault backs off: after a few failures a source asks about once per polling interval, not every 15 s', () => {
	for (const errorClass of ['throttled', 'transient', 'expired'] as const) {
		const delays = [1, 2, 3, 10].map((failures) => delayAfterFailure(defaultSchedule, 'import-snapshot', errorClass, failures, () => 0.5));
		assert.ok(delays[0]! < delays[1]! && delays[1]! < delays[2]!, `${errorClass} grows: ${delays.join(', ')}`);
		assert.ok(delays[3]! >= 0.9 * defaultSchedule.idleMs, `${errorClass} settles at the idle interval: ${delays[3]}`);
	}
});
