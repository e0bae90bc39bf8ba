// The poller owns retrying. With the clients exactly as cutwatch builds them (no test overrides), throttling and
// server errors are never retried inside an attempt, so the poller's backoff is the only thing deciding when the
// next request goes out; the README's promises are checked request by request in the simulator's request log.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds, type TaskKind} from '../../source/model/task.js';
import {defaultSchedule} from '../../source/poller/schedule.js';
import type {RecordedRequest} from '../../source/simulator/index.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {openFaultSession, operationOf, settle, type FaultSession} from './fault-session.js';
import {maxPollsDuring} from './request-bounds.js';

// The shipped defaults, not whatever this machine's AWS config or environment says (AWS_MAX_ATTEMPTS...).
for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
Object.assign(process.env, cleanEnv(), {PATH: process.env['PATH']});

const faultMs = 6 * 60_000;

async function healthySession(): Promise<FaultSession> {
	const session = await openFaultSession();
	session.poller.start();
	await settle();
	await session.poller.idle();
	await session.runUntil(session.timers.now() + 60_000);
	return session;
}

/** Counts the poller's attempts per source: each one moves the source's lastAttemptAt. */
function attemptCounter(session: FaultSession, kinds: readonly TaskKind[]) {
	const attempts = new Map(kinds.map((kind) => [kind, 0]));
	const last = new Map(kinds.map((kind) => [kind, session.source(kind).lastAttemptAt]));
	return {
		attempts,
		count() {
			for (const kind of kinds) {
				const at = session.source(kind).lastAttemptAt;
				if (at !== last.get(kind)) attempts.set(kind, attempts.get(kind)! + 1);
				last.set(kind, at);
			}
		},
	};
}

const requestsOf = (session: FaultSession, kind: TaskKind, since: number): RecordedRequest[] =>
	session
		.sim()
		.requests()
		.filter((request) => request.action === operationOf(kind) && request.seq > since);

const lastSeq = (session: FaultSession) => session.sim().requests().at(-1)?.seq ?? 0;

for (const fault of ['throttle', 'error500'] as const) {
	test(`${fault} on every operation: one request per attempt, the store never more often than every 10 s (request log)`, async (t) => {
		const session = await healthySession();
		t.after(() => session.close());
		const since = lastSeq(session);
		const counter = attemptCounter(session, taskKinds);
		session.sim().setFault('*', {kind: fault});
		await session.runUntil(session.timers.now() + faultMs, counter.count);

		for (const kind of taskKinds) {
			const requests = requestsOf(session, kind, since);
			const attempts = counter.attempts.get(kind)!;
			t.diagnostic(`${operationOf(kind)}: ${requests.length} requests in ${attempts} attempts over ${faultMs / 60_000} min`);
			assert.ok(attempts >= 3, `${kind}: the poller kept trying (${attempts} attempts)`);
			assert.equal(requests.length, attempts, `${kind}: ${requests.length} requests in ${attempts} attempts`);
			assert.ok(requests.length <= maxPollsDuring(faultMs, kind, fault === 'throttle' ? 'throttled' : 'transient'));
			assert.ok(requests.every((request) => request.fault === fault));
			const times = requests.map((request) => Date.parse(request.time));
			const gaps = times.slice(1).map((time, index) => time - times[index]!);
			// Throttling and server errors back off from the active interval (15 s) up.
			assert.ok(
				gaps.every((gap) => gap >= defaultSchedule.activeMs * (1 - defaultSchedule.jitter)),
				`${kind} gaps: ${gaps.join(', ')} ms`,
			);
			if (kind === 'store-image')
				assert.ok(
					gaps.every((gap) => gap >= 10_000),
					`store gaps: ${gaps.join(', ')} ms`,
				);
		}
	});
}

test('healthy polling: DescribeStoreImageTasks never twice within 10 s, every source one request per attempt (request log)', async (t) => {
	const session = await healthySession();
	t.after(() => session.close());
	const since = lastSeq(session);
	const counter = attemptCounter(session, taskKinds);
	// r pressed over and over: refreshes may not push the store under its floor.
	const end = session.timers.now() + 5 * 60_000;
	for (let at = session.timers.now() + 1_000; at < end; at += 3_000) {
		await session.runUntil(at, counter.count);
		session.poller.refreshNow();
		await settle();
		await session.poller.idle();
		counter.count();
	}
	for (const kind of taskKinds) {
		const requests = requestsOf(session, kind, since);
		assert.equal(requests.length, counter.attempts.get(kind), `${kind}: one request per attempt`);
	}
	const times = requestsOf(session, 'store-image', since).map((request) => Date.parse(request.time));
	const gaps = times.slice(1).map((time, index) => time - times[index]!);
	assert.ok(gaps.length > 10);
	assert.ok(
		gaps.every((gap) => gap >= 10_000),
		`store gaps: ${gaps.join(', ')} ms`,
	);
});

test('a dropped connection is retried once, at once, and no more: two requests per attempt, then the poller backs off', async (t) => {
	const session = await healthySession();
	t.after(() => session.close());
	const since = lastSeq(session);
	const kinds: TaskKind[] = ['store-image', 'discovery-import'];
	const counter = attemptCounter(session, kinds);
	for (const kind of kinds) session.sim().setFault(operationOf(kind), {kind: 'reset'});
	await session.runUntil(session.timers.now() + faultMs, counter.count);
	for (const kind of kinds) {
		const requests = requestsOf(session, kind, since);
		const attempts = counter.attempts.get(kind)!;
		t.diagnostic(`${operationOf(kind)}: ${requests.length} requests in ${attempts} attempts`);
		assert.ok(attempts >= 3);
		assert.equal(requests.length, 2 * attempts, `${kind}: ${requests.length} requests in ${attempts} attempts`);
		const source = session.source(kind);
		assert.equal(source.phase, 'error');
		assert.equal(source.lastError?.code, 'ECONNRESET');
		assert.match(source.lastError!.hint, /connection was dropped/);
	}

	session.sim().clearFaults();
	const cleared = session.timers.now();
	const fresh = () => kinds.every((kind) => (session.source(kind).lastSuccessAt ?? 0) > cleared);
	assert.ok(await session.tickUntil(fresh, cleared + defaultSchedule.idleMs));
});
