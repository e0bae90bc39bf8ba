// What keeps an operator informed without watching: failing sources shown beside their last good data,
// countdowns that tick only while shown, the bell on failure and the live terminal title.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {createManualTimers} from '../helpers/manual-timers.js';
import {lineWith} from './frame-checks.js';
import {completed, cutoverStore, failed, fourPaneStore, keyOf, minute, snapshot, t0, storeDenied, throttledError} from './fixtures.js';
import {renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('a failing source', () => {
	test('shows its error and hint while its last good rows stay on screen', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 200, rows: 50});
		store.getState().pollFailed(keyOf.store, storeDenied, t0 + 2 * minute, t0 + 7 * minute);
		await screen.waitFor((frame) => frame.includes('UnauthorizedOperation'));
		const frame = screen.frame();
		assert.match(lineWith(frame, '3 AMI store'), /error UnauthorizedOperation, stale since 12:02/);
		assert.match(lineWith(frame, '✗ UnauthorizedOperation:'), /your IAM policy does not allow ec2:DescribeStoreImageTasks/);
		assert.ok(frame.includes('ami-0123456789abcdef0') && frame.includes('ami-0456789abcdef0123'), 'the last good rows stay');
		assert.match(screen.lines()[0]!, /1 source failing/);
	});

	test('that never answered says so, rather than "no tasks"', async () => {
		const store = fourPaneStore();
		store.getState().pollFailed(keyOf.store, storeDenied, t0, t0 + 5 * minute);
		screen = renderScreen(store, {columns: 120, rows: 40});
		await screen.press('3');
		assert.match(lineWith(screen.frame(), '3 AMI store'), /error UnauthorizedOperation, no data yet/);
		// The body says only what is known: no data; why is the problem line above it.
		assert.match(screen.frame(), /[│┃] no data yet +[│┃]/);
		assert.match(lineWith(screen.frame(), '✗ UnauthorizedOperation:'), /does not allow/);
		assert.ok(!screen.frame().includes('no tasks'));
	});

	test('is visible from another pane on a small terminal', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 80, rows: 24});
		store.getState().pollFailed(keyOf.store, storeDenied, t0 + 2 * minute, t0 + 7 * minute);
		await screen.waitFor((frame) => frame.includes('error'));
		assert.match(lineWith(screen.frame(), '3 AMI store'), /3 AMI store +▶1 ✗1 ✓0 .*error Unauthoriz/);
	});
});

describe('clocks', () => {
	test('a throttled source counts down with a one-second clock that exists only while it is shown', async () => {
		const clock = createManualTimers(t0);
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40, clock});
		await settle();
		assert.equal(clock.pending, 1, 'idle: only the minute clock is armed');
		store.getState().pollFailed(keyOf.snapshot, throttledError, t0, t0 + 38_000);
		await screen.waitFor((frame) => frame.includes('retry in 38s'));
		assert.equal(clock.pending, 2, 'the seconds clock runs while the countdown is on screen');
		clock.advance(1000);
		await screen.waitFor((frame) => frame.includes('retry in 37s'));
		clock.advance(10_000);
		await screen.waitFor((frame) => frame.includes('retry in 27s'));
		store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-1')], t0 + 11_000);
		await screen.waitFor((frame) => !frame.includes('throttled'));
		assert.equal(clock.pending, 1, 'and stops with it');
	});

	test('ages move once a minute, and nothing else redraws in between', async () => {
		const clock = createManualTimers(t0 + 30_000);
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, clock});
		await screen.press('3');
		assert.match(lineWith(screen.frame(), 'ami-0123456789abcdef0 s3://'), /<1m +┃$/);
		const frames = screen.stdout.frames.length;
		clock.advance(29_000);
		await settle();
		assert.equal(screen.stdout.frames.length, frames, 'no frame inside the minute');
		clock.advance(1000);
		await screen.waitFor((frame) => / 1m +┃$/.test(lineWith(frame, 'ami-0123456789abcdef0 s3://')));
	});
});

describe('bell', () => {
	test('rings once when tasks fail during the session, not for failures that were already there', async () => {
		const store = cutoverStore(); // one failed import, one failed store task, both initial
		screen = renderScreen(store, {columns: 80, rows: 24});
		assert.equal(screen.control.bells, 0);
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[
					failed('import-snap-0a1b2c3d4e5f6a7b8'),
					failed('import-snap-0c3d4e5f6a7b8c9d0'),
					failed('import-snap-1a2b3c4d5e6f7a8b9'),
					completed('import-snap-2b3c4d5e6f7a8b9c0'),
				],
				t0 + minute,
			);
		await settle();
		assert.equal(screen.control.bells, 1, 'two failures in one poll: one bell');
		store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-9', {status: 'completed', category: 'completed', progress: 100})], t0 + 2 * minute);
		await settle();
		assert.equal(screen.control.bells, 1, 'a completion does not ring with --bell failed');
	});

	test('--bell all rings on completion too; --bell none never rings', async () => {
		for (const [bell, expected] of [
			['all', 1],
			['none', 0],
		] as const) {
			const store = fourPaneStore();
			store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-1')], t0);
			screen = renderScreen(store, {columns: 80, rows: 24, ui: {bell}});
			store.getState().pollSucceeded(keyOf.snapshot, [completed('import-snap-1')], t0 + minute);
			await settle();
			assert.equal(screen.control.bells, expected, `--bell ${bell}`);
			screen.unmount();
			screen = undefined;
		}
	});
});

describe('title', () => {
	test('shows a live summary, written only when it changes, and the old title comes back on exit', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 80, rows: 24});
		assert.deepEqual(screen.control.titles, ['cutwatch ▶5 ✗2 ✓2']);
		assert.equal(screen.control.saved, 1);
		store.getState().pollSucceeded(keyOf.snapshot, [failed('import-snap-0a1b2c3d4e5f6a7b8')], t0 + minute);
		store.getState().pollSucceeded(keyOf.snapshot, [failed('import-snap-0a1b2c3d4e5f6a7b8')], t0 + 2 * minute);
		await settle();
		assert.deepEqual(screen.control.titles, ['cutwatch ▶5 ✗2 ✓2', 'cutwatch ▶3 ✗2 ✓1']);
		screen.unmount();
		assert.equal(screen.control.restored, 1);
		screen = undefined;
	});

	test('names failing sources first, so a cut-off tmux title still shows them', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 80, rows: 24});
		store.getState().pollFailed(keyOf.store, storeDenied, t0 + minute, t0 + 6 * minute);
		store.getState().pollFailed(keyOf.export, throttledError, t0 + minute, t0 + 2 * minute);
		await settle();
		assert.equal(screen.control.titles.at(-1), 'cutwatch ✗ 2 sources ▶5 ✗2 ✓2');
		store.getState().pollSucceeded(keyOf.export, [], t0 + 2 * minute);
		await settle();
		assert.equal(screen.control.titles.at(-1), 'cutwatch ✗ 1 source ▶4 ✗2 ✓1');
		screen.unmount();
		screen = renderScreen(store, {columns: 80, rows: 24, ui: {ascii: true}});
		assert.equal(screen.control.titles.at(-1), 'cutwatch fail 1 source run 4 fail 2 done 1');
	});

	test('--no-title leaves the title alone; --ascii keeps it ASCII', async () => {
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24, ui: {title: false}});
		assert.deepEqual(screen.control.titles, []);
		assert.equal(screen.control.saved, 0);
		screen.unmount();
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24, ui: {ascii: true}});
		assert.deepEqual(screen.control.titles, ['cutwatch run 5 fail 2 done 2']);
	});
});
