// A hung endpoint must be noticed at once: every attempt (all its pages and its one reconnect) has a deadline,
// 20 s by default, on the poller's clock. At the deadline the pane says the source timed out, in plain words, and
// --once finishes instead of waiting for the SDK's own timeouts (a minute and more with its retries).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {captureIo} from '../helpers/capture-io.js';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {runOnce} from '../../source/outputs/once.js';
import {defaultAttemptDeadlineMs} from '../../source/poller/deadline.js';
import type {Simulator} from '../../source/simulator/index.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {openFaultSession, settle} from './fault-session.js';

const libraryWording = /@smithy|@aws-sdk|node-http-handler|\[ERROR|\[WARN|requestTimeout|connectionTimeout/;

/** Waits (real time, bounded) for a condition the code under test must reach by itself. */
async function eventually(condition: () => boolean, what: string, withinMs = 3_000): Promise<void> {
	const until = Date.now() + withinMs;
	while (!condition()) {
		if (Date.now() > until) throw new Error(`not within ${withinMs} ms: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

const hungRequests = (sim: Simulator) => sim.requests().filter((request) => request.action === 'DescribeExportImageTasks' && request.status === null);

test('default attempt deadline is 20 s', () => {
	assert.equal(defaultAttemptDeadlineMs, 20_000);
});

test('a hung endpoint shows as timed out at the deadline, in plain words, and the next attempt is scheduled', async (t) => {
	const session = await openFaultSession();
	t.after(() => session.close());
	session.poller.start();
	await settle();
	await session.poller.idle();
	await session.runUntil(session.timers.now() + 60_000);
	assert.equal(session.source('export-image').phase, 'ok');

	session.sim().setFault('export', {kind: 'hang'});
	const hungBefore = hungRequests(session.sim()).length;
	session.poller.refreshNow();
	await eventually(() => hungRequests(session.sim()).length > hungBefore, 'the export request reached the simulator');
	const startedAt = session.source('export-image').lastAttemptAt!;

	session.timers.advance(defaultAttemptDeadlineMs - 1);
	await settle();
	assert.notEqual(session.source('export-image').phase, 'error', 'not before the deadline');
	session.timers.advance(1);
	await eventually(() => session.source('export-image').phase === 'error', 'the export pane shows the timeout');

	const source = session.source('export-image');
	assert.equal(session.timers.now() - startedAt, defaultAttemptDeadlineMs);
	assert.equal(source.lastError?.code, 'TimeoutError');
	assert.equal(source.lastError?.message, 'no answer within 20 s');
	assert.match(source.lastError!.hint, /did not answer within the time limit/);
	assert.doesNotMatch(`${source.lastError!.message} ${source.lastError!.hint}`, libraryWording);
	assert.ok(source.nextPollAt !== undefined && source.nextPollAt > session.timers.now(), 'the next attempt is scheduled');
	// Aborted at the deadline: the simulator sees the socket close, nothing is left in flight on this source.
	await session.poller.idle();
	for (const kind of ['import-snapshot', 'store-image', 'discovery-import'] as const) assert.notEqual(session.source(kind).phase, 'error');
});

test("the clients' own socket timeouts read plainly too (no library names in what a user sees)", async (t) => {
	const session = await openFaultSession({requestTimeoutMs: 150});
	t.after(() => session.close());
	session.sim().setFault('export', {kind: 'hang'});
	session.poller.start();
	await settle();
	await session.poller.idle();
	const source = session.source('export-image');
	assert.equal(source.phase, 'error');
	assert.equal(source.lastError?.code, 'TimeoutError');
	assert.equal(source.lastError?.message, 'no answer within 150 ms');
	assert.doesNotMatch(`${source.lastError!.message} ${source.lastError!.hint}`, libraryWording);
});

test('--once with a hung export finishes at the deadline: the other panes printed, the export timed out (exit 3)', async (t) => {
	const timers = createManualTimers(Date.now());
	const config = parseConfig([], {demo: true, once: true}, false);
	const session = await openSession(config, {timers, clock: timers.now, random: () => 0.5});
	t.after(() => session.close());
	session.simulator!.setFault('export', {kind: 'hang'});
	const {io, stdout, stderr} = captureIo();
	let code: number | undefined;
	void runOnce(session, io, {json: false, statuses: []}, timers.now).then((exit) => (code = exit));
	await eventually(() => hungRequests(session.simulator!).length > 0, 'the export request reached the simulator');
	timers.advance(defaultAttemptDeadlineMs);
	await eventually(() => code !== undefined, '--once finished');
	assert.equal(code, 3);
	assert.match(stdout(), /import-snap-/);
	assert.match(stderr(), /Image exports.*TimeoutError/);
	assert.match(stderr(), /no answer within 20 s/);
	assert.doesNotMatch(stderr(), libraryWording);
});
