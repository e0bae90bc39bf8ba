// With the SDK's own retries left at their default (3 attempts, standard mode), a burst of server errors costs at
// most three requests per poll on top of the poller's backoff: the two do not multiply into a retry storm. Server
// errors, because the SDK's delay for them is short on the real clock (throttling retries wait seconds).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds, type TaskKind} from '../../source/model/task.js';
import {defaultSchedule} from '../../source/poller/schedule.js';
import {cleanEnv} from '../helpers/run-cli.js';
import {openFaultSession, operationOf, settle} from './fault-session.js';
import {maxPollsDuring} from './request-bounds.js';

// The SDK default, not whatever this machine's AWS config or environment says.
for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
Object.assign(process.env, cleanEnv(), {PATH: process.env['PATH']});

const sdkDefaultAttempts = 3;
const faultMs = 3 * 60_000;
const faulty: TaskKind[] = ['import-snapshot', 'discovery-import'];

test('SDK default retries × poller backoff during a burst of 500s: at most three requests per poll, recovery within one interval', async (t) => {
	const session = await openFaultSession({maxAttempts: undefined});
	t.after(() => session.close());
	session.poller.start();
	await settle();
	await session.poller.idle();
	await session.runUntil(session.timers.now() + 60_000);

	const before = new Map(faulty.map((kind) => [kind, session.requests(kind)]));
	const polls = new Map(faulty.map((kind) => [kind, 0]));
	const last = new Map(faulty.map((kind) => [kind, session.source(kind).lastAttemptAt]));
	const count = () => {
		for (const kind of faulty) {
			const at = session.source(kind).lastAttemptAt;
			if (at !== last.get(kind)) polls.set(kind, polls.get(kind)! + 1);
			last.set(kind, at);
		}
	};
	for (const kind of faulty) session.sim().setFault(operationOf(kind), {kind: 'error500'});
	const start = session.timers.now();
	await session.runUntil(start + faultMs, count);
	for (const kind of faulty) {
		const requests = session.requests(kind) - before.get(kind)!;
		const pollCount = polls.get(kind)!;
		const bound = maxPollsDuring(faultMs, kind, 'transient') * sdkDefaultAttempts;
		assert.ok(requests > pollCount, `${kind}: the SDK retried (${requests} requests in ${pollCount} polls)`);
		assert.ok(requests <= pollCount * sdkDefaultAttempts, `${kind}: ${requests} requests in ${pollCount} polls`);
		assert.ok(requests <= bound, `${kind}: ${requests} requests in ${faultMs / 60_000} min, bound ${bound}`);
		assert.equal(session.source(kind).lastError?.code, kind === 'discovery-import' ? 'ServerInternalErrorException' : 'InternalError');
		t.diagnostic(`${operationOf(kind)}: ${requests} requests in ${pollCount} polls (bound ${bound})`);
	}
	for (const kind of taskKinds.filter((k) => !faulty.includes(k))) assert.equal(session.source(kind).phase, 'ok');

	session.sim().clearFaults();
	const cleared = session.timers.now();
	const fresh = () => faulty.every((kind) => (session.source(kind).lastSuccessAt ?? 0) > cleared);
	assert.ok(await session.tickUntil(fresh, cleared + defaultSchedule.idleMs), 'fresh within one polling interval');
});
