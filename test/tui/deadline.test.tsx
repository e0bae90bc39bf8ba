// --deadline on screen: the header projects the active tasks' latest ETA against it, rows projected past it
// say so, and the bell rings once when the projection first crosses it.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {parseDeadline} from '../../source/model/deadline.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import stringWidth from 'string-width';
import {lineWith} from './frame-checks.js';
import {fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {renderScreen, settle, type Screen, screenSizes} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

/** Two imports at 1 %/min (db-01 from 10 %, web-01 from 60 %), polled each minute up to `minutes`. */
async function run(deadlineText: string, minutes: number, bell: 'none' | 'failed' = 'none', columns = 160, rows = 30) {
	const store = fourPaneStore();
	const clock = createManualTimers(t0);
	const deadline = parseDeadline(deadlineText, t0)!;
	screen = renderScreen(store, {columns, rows, clock, ui: {deadline, bell}});
	for (let m = 0; m <= minutes; m++) {
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[snapshot('import-snap-1', {description: 'db-01', progress: 10 + m}), snapshot('import-snap-2', {description: 'web-01', progress: 60 + m})],
				t0 + m * minute,
			);
		clock.advance(minute);
		await settle();
	}
	return screen;
}

describe('--deadline', () => {
	test('late: the header counts the tasks projected past it, and their rows say so', async () => {
		const s = await run('+60m', 5);
		await s.waitFor((frame) => frame.split('\n')[0]!.includes('late'));
		assert.match(s.lines()[0]!, /deadline \d\d:\d\dZ: late: 1 task projected past \d\d:\d\dZ/);
		assert.match(lineWith(s.frame(), 'db-01'), /!1h 2\dm/, 'db-01 needs 85 more minutes');
		assert.match(lineWith(s.frame(), 'web-01'), /~3\dm/, 'web-01 is on time');
	});

	test('the bell rings once when the projection first crosses the deadline, not at every poll after', async () => {
		const s = await run('+60m', 8, 'failed');
		assert.match(s.lines()[0]!, /late/);
		assert.equal(s.control.bells, 1);
	});

	test('on track: when the last task is done and how much time is spare', async () => {
		const s = await run('+3h', 5);
		await s.waitFor((frame) => frame.split('\n')[0]!.includes('on track'));
		assert.match(s.lines()[0]!, /deadline \d\d:\d\dZ: on track \(done ~\d\d:\d\dZ, \d+ min spare\)/);
	});

	for (const [columns, rows] of screenSizes) {
		test(`${columns}×${rows}: a long projection never pushes the sync time (or PAUSED) out of the header`, async () => {
			const s = await run('+60m', 5, 'none', columns, rows);
			s.store.getState().pollFailed(keyOf.export, {code: 'AccessDenied', message: 'no', hint: 'allow it', throttled: false}, t0 + 6 * minute);
			await s.press('p');
			await s.waitFor((frame) => frame.split('\n')[0]!.includes('PAUSED'));
			const header = s.lines()[0]!;
			assert.ok(stringWidth(header) <= columns, header);
			assert.match(header, /synced \d\d:\d\d UTC\s*$/, `the sync state, whole, at the end: ${JSON.stringify(header)}`);
			// At 60 columns there is no room left for it beside the counts, the failing source, PAUSED and the sync time.
			if (columns >= 80) assert.match(header, /late/, `the deadline's state stays while there is room: ${header}`);
			assert.match(header, /1( source)? failing/, header);
			if (columns >= 200) assert.match(header, /deadline \d\d:\d\dZ: late: 1 task projected past/, header);
		});
	}
});
