// The attempt deadline is "no answer within 20 s": a long history listed page by page keeps answering and is
// never cut off, while a page that hangs is still reported at the deadline.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {AttemptTimeoutError, withDeadline} from '../../source/poller/deadline.js';
import {pageAnswered} from '../../source/sources/page-answered.js';
import {createManualTimers} from '../helpers/manual-timers.js';

const deadlineMs = 20_000;

/** A listing of `pages` pages, one every `everyMs` on the manual clock, each answered on the attempt's signal. */
function listing(timers: ReturnType<typeof createManualTimers>, pages: number, everyMs: number) {
	return (signal: AbortSignal) =>
		new Promise<number>((resolve, reject) => {
			let got = 0;
			const nextPage = () => {
				if (signal.aborted) return reject(signal.reason);
				got++;
				pageAnswered(signal);
				if (got === pages) resolve(got);
				else timers.setTimeout(nextPage, everyMs);
			};
			timers.setTimeout(nextPage, everyMs);
		});
}

async function settle<T>(timers: ReturnType<typeof createManualTimers>, running: Promise<T>): Promise<{value?: T; error?: unknown; at: number}> {
	const start = timers.now();
	let outcome: {value?: T; error?: unknown} | undefined;
	running.then(
		(value) => (outcome = {value}),
		(error: unknown) => (outcome = {error}),
	);
	for (let i = 0; i < 1000 && outcome === undefined; i++) {
		await new Promise((resolve) => setImmediate(resolve));
		if (outcome === undefined) timers.next();
	}
	assert.ok(outcome, 'the attempt settled');
	return {...outcome, at: timers.now() - start};
}

test('a 30-page listing answering every 5 s (150 s in all) is not cut off by the 20 s deadline', async () => {
	const timers = createManualTimers();
	const result = await settle(timers, withDeadline(listing(timers, 30, 5_000), {timers, deadlineMs, stop: new AbortController().signal}));
	assert.equal(result.error, undefined);
	assert.equal(result.value, 30);
	assert.equal(result.at, 150_000);
});

test('a listing whose next page does not come within 20 s is timed out 20 s after its last answer', async () => {
	const timers = createManualTimers();
	const result = await settle(timers, withDeadline(listing(timers, 30, 25_000), {timers, deadlineMs, stop: new AbortController().signal}));
	assert.ok(result.error instanceof AttemptTimeoutError, String(result.error));
	assert.equal(result.at, deadlineMs);
});
