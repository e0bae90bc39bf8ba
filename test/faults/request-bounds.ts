// Upper bounds on how many requests a source may send while a fault lasts, derived from the poller's own
// schedule: take the shortest delay the schedule can produce after every poll (jitter at its shortening end) and count
// how many polls fit in the window. A retry storm breaks the bound; a slower poller never does.
import type {TaskKind} from '../../source/model/task.js';
import type {ErrorClass} from '../../source/poller/classify-error.js';
import {defaultSchedule, delayAfterFailure, delayAfterSuccess, type Schedule} from '../../source/poller/schedule.js';

/** `ok`: the source keeps succeeding (e.g. only slowed down), polled at its active interval. */
export type Outcome = ErrorClass | 'ok';

/** Every delay is linear in random(), so its shortest value is at one end of [0, 1). */
const shortest = (delay: (random: () => number) => number) =>
	Math.min(
		delay(() => 0),
		delay(() => 1 - 1e-9),
	);

export function maxPollsDuring(windowMs: number, kind: TaskKind, outcome: Outcome, schedule: Schedule = defaultSchedule): number {
	// The first poll may come the instant the fault starts; every later one waits at least the shortest delay.
	let at = 0;
	let polls = 1;
	for (let failures = 1; ; failures++) {
		const delay = shortest((random) =>
			outcome === 'ok' ? delayAfterSuccess(schedule, kind, true, random) : delayAfterFailure(schedule, kind, outcome, failures, random),
		);
		if (at + delay > windowMs) return polls;
		at += delay;
		polls++;
	}
}

/** With the SDK's own retries each poll may send up to `attemptsPerPoll` requests. */
export function maxRequestsDuring(windowMs: number, kind: TaskKind, outcome: Outcome, attemptsPerPoll = 1, schedule: Schedule = defaultSchedule): number {
	return maxPollsDuring(windowMs, kind, outcome, schedule) * attemptsPerPoll;
}
