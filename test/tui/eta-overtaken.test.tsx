// An ETA the clock has overtaken is not "soon" for ever: the row says how long the task has made no progress,
// on the minute clock the screen already runs, until the task is stalled by its own pace.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {createManualTimers} from '../helpers/manual-timers.js';
import {lineWith} from './frame-checks.js';
import {fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const id = 'import-snap-0e7a0e7a0e7a0e7a0';

describe('an ETA overtaken by the clock', () => {
	test('turns into "no progress for Nm", then "stalled" at three times the task\'s pace', async () => {
		const store = fourPaneStore();
		const poll = (at: number, progress: number) =>
			store.getState().pollSucceeded(keyOf.snapshot, [snapshot(id, {description: 'erp-01 root disk', progress})], at);
		// 2 % every 2 minutes: at 98 % the estimate is one minute away.
		poll(t0, 90);
		poll(t0 + 2 * minute, 94);
		poll(t0 + 4 * minute, 98);
		const clock = createManualTimers(t0 + 4 * minute);
		screen = renderScreen(store, {columns: 120, rows: 40, clock});
		assert.match(lineWith(screen.frame(), 'erp-01'), /98% +(soon|~1m)/);
		// It stays at 98 %: every poll says so, and the minute clock moves on.
		for (let m = 5; m <= 9; m++) {
			poll(t0 + m * minute, 98);
			clock.advance(minute);
			await settle();
		}
		const row = lineWith(screen.frame(), 'erp-01');
		assert.match(row, /98% no progress for 5m/, row);
		assert.doesNotMatch(row, /soon/);
		poll(t0 + 10 * minute, 98);
		clock.advance(minute);
		await settle();
		assert.match(lineWith(screen.frame(), 'erp-01'), /stalled/);
	});
});
