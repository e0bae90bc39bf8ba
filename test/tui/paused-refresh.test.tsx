// r while paused: one refresh through the real poller (the simulator sees one request per source), polling
// stays paused, and the footer says both.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {demoScreens} from './demo-screen.js';

const demo = demoScreens();

describe('r while paused', () => {
	test('refreshes once, stays paused, and says so', async () => {
		const session = await demo.polled();
		const screen = demo.render(session.store, {columns: 120, rows: 40, poller: session.poller, clock: session.timers});
		await screen.press('p');
		assert.equal(session.store.getState().paused, true);
		// Past the store's 10 s floor, which a refresh respects like any poll.
		session.timers.advance(10_000);
		const before = session.simulatorRequests();
		await screen.press('r');
		await session.poller.idle();
		assert.equal(session.simulatorRequests() - before, 4, 'one request per source');
		assert.equal(session.store.getState().paused, true, 'still paused');
		assert.equal(session.timers.pending, 1, 'no poll scheduled: only the minute clock');
		await screen.waitFor((frame) => frame.split('\n').at(-1)!.includes('refreshing once; paused: p resumes'));
		assert.match(screen.lines()[0]!, /PAUSED/);
		await screen.press('p');
		await screen.waitFor((frame) => !frame.includes('refreshing once'));
	});
});
