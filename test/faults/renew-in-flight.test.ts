// Sources of one account and region share their clients, and expired credentials renew those clients. The
// renewal must not cut the other sources' requests that are still in flight on the old clients.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds} from '../../source/model/task.js';
import {openFaultSession, operationOf, settle} from './fault-session.js';

test('expired credentials on one operation renew the shared clients without failing the others in flight', async (t) => {
	const session = await openFaultSession();
	t.after(() => session.close());
	const sim = session.sim();
	// The other three answer 150 ms late (real time), so they are in flight when the import poll fails and renews.
	for (const kind of taskKinds) {
		if (kind !== 'import-snapshot') sim.setFault(operationOf(kind), {kind: 'latency', ms: 150});
	}
	sim.setFault(operationOf('import-snapshot'), {kind: 'expired'});
	session.poller.start();
	await settle();
	await session.poller.idle();

	assert.equal(session.renewals('import-snapshot'), 1);
	assert.equal(session.source('import-snapshot').lastError?.code, 'RequestExpired');
	for (const kind of taskKinds.filter((k) => k !== 'import-snapshot')) {
		const source = session.source(kind);
		assert.equal(source.lastError, undefined, `${kind}: ${source.lastError?.code} ${source.lastError?.message}`);
		assert.equal(source.phase, 'ok', `${kind} answered`);
		assert.ok(session.tasks(kind).size > 0);
	}

	// And the renewed clients work: once the credentials are good again, imports come back.
	sim.clearFaults();
	const cleared = session.timers.now();
	assert.ok(await session.tickUntil(() => (session.source('import-snapshot').lastSuccessAt ?? 0) > cleared, cleared + 60_000));
});
