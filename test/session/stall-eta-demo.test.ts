// Through the real session (simulator, SDK clients, poller, store): a demo at --speed 10 shows ETAs, and
// --stall-after reaches the store as a fixed stall threshold.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {parseConfig} from '../../source/cli/config.js';
import {UsageError} from '../../source/config/usage-error.js';
import {selectEta} from '../../source/store/index.js';
import {openDemoSession, type DemoSession} from '../helpers/demo-session.js';

let session: DemoSession | undefined;
afterEach(async () => {
	await session?.close();
	session = undefined;
});

describe('ETAs and stalls in a demo', () => {
	test('at --speed 10 running imports get an ETA', async () => {
		session = await openDemoSession({speed: '10'});
		session.poller.start();
		await new Promise((resolve) => setImmediate(resolve));
		await session.poller.idle();
		let withEta = 0;
		for (let i = 0; i < 16 && withEta === 0; i++) {
			await session.tick();
			const state = session.store.getState();
			const now = session.timers.now();
			for (const tracked of state.tasks['import-snapshot'].values()) {
				if (tracked.task.category === 'active' && selectEta(state, tracked, now) !== undefined) withEta++;
			}
		}
		assert.ok(withEta > 0, 'some running import has an ETA');
	});

	test('--stall-after sets a fixed threshold; a bad value is one clear line', async () => {
		assert.equal(parseConfig([], {demo: true, stallAfter: '20m'}, false).stallAfterMs, 20 * 60_000);
		assert.equal(parseConfig([], {demo: true}, false).stallAfterMs, undefined);
		assert.throws(
			() => parseConfig([], {demo: true, stallAfter: 'soon'}, false),
			(error: unknown) => error instanceof UsageError && /--stall-after must be a duration/.test(error.message),
		);
		assert.throws(() => parseConfig([], {demo: true, stallAfter: '10s'}, false), UsageError);
		session = await openDemoSession({stallAfter: '20m'});
		assert.equal(session.store.getState().config.stalledAfterMs, 20 * 60_000);
	});
});
