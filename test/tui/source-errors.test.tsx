// A failing source's hint is what the operator must act on: the pane's error line keeps the whole hint
// (shortening the code, wrapping if it must), failures and recoveries are in the event log, and the full text
// is one key away: Enter on the pane's error line, or Enter on the event.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {lineWith, selectedLine} from './frame-checks.js';
import {cutoverStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const homeRegion = {
	code: 'HomeRegionNotSetException',
	message: 'The home region is not set. Set a home region to continue.',
	hint: 'Migration Hub home region is not set: set it in the Migration Hub console, or pass --discovery-region <home region>',
	throttled: false,
	needsAction: true,
};

/** The pane body's text with borders removed and lines joined, as a reader would read a wrapped line. */
function bodyText(frame: string): string {
	return frame
		.split('\n')
		.map((line) => line.replace(/^[┃│]/, '').replace(/[┃│]$/, '').trim())
		.join(' ');
}

describe('a source error on the screen', () => {
	test('the pane keeps the whole hint at 80 columns; the code is what gets shortened', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 80, rows: 24});
		store.getState().pollFailed(keyOf.snapshot, homeRegion, t0 + minute, t0 + 6 * minute);
		await screen.waitFor((frame) => frame.includes('✗ Home'));
		assert.ok(bodyText(screen.frame()).includes(homeRegion.hint), `the whole hint is on screen:\n${screen.frame()}`);
	});

	test('failures and recoveries are events in the event log', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40});
		store.getState().pollFailed(keyOf.snapshot, homeRegion, t0 + minute, t0 + 6 * minute);
		store.getState().pollFailed(keyOf.snapshot, homeRegion, t0 + 6 * minute, t0 + 11 * minute);
		store
			.getState()
			.pollSucceeded(keyOf.snapshot, [snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', progress: 90})], t0 + 11 * minute);
		await screen.press('e');
		const frame = screen.frame();
		assert.equal(frame.split('\n').filter((line) => line.includes('✗ source')).length, 1, 'one event for one failure, not one per attempt');
		assert.match(lineWith(frame, '✗ source'), /12:01:00 .*HomeRegionNotSetException: Migration Hub home region/);
		assert.match(lineWith(frame, 'recovered'), /12:11:00/);
	});

	test("Enter on the pane's error line shows all of it: code, message, hint, region", async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 80, rows: 24});
		store.getState().pollFailed(keyOf.snapshot, homeRegion, t0 + minute, t0 + 6 * minute);
		await screen.waitFor((frame) => frame.includes('✗ Home'));
		await screen.press('k');
		assert.match(selectedLine(screen.frame()), /Home/, 'up from the first row lands on the error line');
		await screen.press(keys.enter);
		const text = bodyText(screen.frame());
		for (const part of [homeRegion.code, homeRegion.message, homeRegion.hint, 'us-east-1']) assert.ok(text.includes(part), `${part}:\n${screen.frame()}`);
		await screen.press('q');
		assert.match(screen.lines().at(-1)!, /filter/, 'back on the main screen');
	});

	test('Enter on a source event shows the same; Enter on a task event opens that task', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40});
		store.getState().pollFailed(keyOf.snapshot, homeRegion, t0 + minute, t0 + 6 * minute);
		await screen.press('e');
		assert.match(selectedLine(screen.frame()), /HomeRegionNotSet/, 'the newest event is under the cursor');
		await screen.press(keys.enter);
		assert.ok(bodyText(screen.frame()).includes(homeRegion.hint));
		await screen.press('q');
		for (let i = 0; i < 12 && !selectedLine(screen.frame()).includes('ldap-01'); i++) await screen.press('j');
		assert.match(selectedLine(screen.frame()), /ldap-01/);
		await screen.press(keys.enter);
		assert.match(screen.lines()[1]!, /Snapshot imports · import-snap-2b3c4d5e6f7a8b9c0/, 'the detail of that task');
		await screen.press('q');
		assert.match(selectedLine(screen.frame()), /ldap-01/, 'back in the event log, on the same event');
	});

	test('hostile text in an error reaches no view unsanitised', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40});
		store
			.getState()
			.pollFailed(
				keyOf.snapshot,
				{code: 'Bad\u001b[31mCode', message: 'msg\u001b]2;pwned\u0007', hint: 'do \u202ethis\u001b[2J', throttled: false},
				t0 + minute,
			);
		const checks: string[] = [screen.frame()];
		await screen.press('k', keys.enter);
		assert.match(screen.lines()[1]!, /Snapshot imports · sources/);
		checks.push(screen.frame());
		await screen.press('q', 'e');
		assert.match(screen.frame(), /✗ source .*BadCode/);
		checks.push(screen.frame());
		for (const frame of checks) {
			assert.ok(!frame.includes('\u001b') && !frame.includes('\u202e') && !frame.includes('\u0007'), frame);
		}
	});
});
