// While you were away: a key after five minutes without one, or the terminal's focus-in report, shows what
// happened meanwhile in a banner under the header until the next key; nothing when nothing happened.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {recapText} from '../../source/tui/text/recap.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {completed, cutoverStore, failed, keyOf, minute, snapshot, t0} from './fixtures.js';
import {renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('recap text', () => {
	test('nothing happened: nothing to say', () => {
		assert.equal(recapText({events: [], sourceEvents: [], since: t0, now: t0 + 38 * minute, separator: '·'}), '');
	});
});

describe('the recap banner', () => {
	async function away(minutes: number) {
		const clock = createManualTimers(t0);
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40, clock});
		await settle();
		clock.advance(minutes * minute);
		const at = t0 + minutes * minute;
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[
					failed('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', message: 'ClientError: Disk validation failed'}),
					completed('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk'}),
					failed('import-snap-1a2b3c4d5e6f7a8b9', {description: 'batch-01 root disk', message: 'ClientError: Unsupported kernel version'}),
					completed('import-snap-2b3c4d5e6f7a8b9c0', {description: 'ldap-01 root disk'}),
				],
				at,
			);
		await settle();
		return screen;
	}

	test('a key after six minutes away: what happened, until the next key', async () => {
		const s = await away(6);
		assert.ok(!s.frame().includes('since 12:00'), 'no banner before the operator is back');
		const selected = s.store.getState().view.selected['import-snapshot'];
		await s.press('j');
		assert.match(s.lines()[1]!, /since 12:00 UTC \(6m\): 1 completed · 1 failed \(web-01 root disk: ClientError: Disk validation failed\)/);
		assert.notEqual(s.store.getState().view.selected['import-snapshot'], selected, 'the key that woke the screen still did what it does');
		await s.press('j');
		assert.ok(!s.frame().includes('since 12:00'), 'the next key clears it');
		assert.match(s.lines()[1]!, /^┏━ 1 Snapshot imports/);
	});

	test('a key within five minutes shows nothing; w shows the same summary at any time', async () => {
		const s = await away(4);
		await s.press('j');
		assert.ok(!s.frame().includes('since 12:00'));
		await s.press('w');
		assert.match(s.lines()[1]!, /since 12:00 UTC \(4m\): 1 completed · 1 failed/);
	});

	test('a focus-in report after a focus-out shows the banner', async () => {
		const clock = createManualTimers(t0);
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40, clock});
		await settle();
		await screen.press('\u001b[O');
		clock.advance(2 * minute);
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[snapshot('import-snap-0a1b2c3d4e5f6a7b8', {progress: 90}), completed('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk'})],
				t0 + 2 * minute,
			);
		await screen.press('\u001b[I');
		assert.match(screen.lines()[1]!, /since 12:00 UTC \(2m\): 1 completed/);
	});

	test('back after a quiet absence: no banner, and the key acts', async () => {
		const clock = createManualTimers(t0);
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, clock});
		clock.advance(30 * minute);
		await settle();
		const before = screen.store.getState().view.selectedIndex['import-snapshot'];
		await screen.press('j');
		assert.ok(!screen.frame().includes('since 12:00'));
		assert.notEqual(screen.store.getState().view.selectedIndex['import-snapshot'], before);
	});
});
