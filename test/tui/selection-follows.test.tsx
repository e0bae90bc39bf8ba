// The selection is a task, not a row: whatever the cursor is on stays under it when new tasks sort above it,
// when a filter or search narrows the list, and when the search is cleared again.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {selectedLine} from './frame-checks.js';
import {cutoverStore, failed, keyOf, minute, snapshot, t0} from './fixtures.js';
import {keys, renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const current = [
	snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', progress: 81}),
	snapshot('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk', progress: 34}),
	failed('import-snap-1a2b3c4d5e6f7a8b9', {description: 'batch-01 root disk', message: 'ClientError: Unsupported kernel version'}),
];

describe('the selection follows its task', () => {
	test('a new failure sorting above the untouched first row does not take the cursor', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40});
		assert.match(selectedLine(screen.frame()), /batch-01/, 'the first row (a failure) is selected');
		store.getState().pollSucceeded(keyOf.snapshot, [...current, failed('import-snap-9f9f9f9f9f9f9f9f9', {description: 'zeta-09 new failure'})], t0 + minute);
		await settle();
		assert.ok(screen.frame().indexOf('zeta-09') < screen.frame().indexOf('batch-01'), 'the new failure sorts above');
		assert.match(selectedLine(screen.frame()), /batch-01/);
	});

	test('search, then Esc, lands on the task that was found', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('/', 'l', 'd', 'a', 'p');
		assert.match(selectedLine(screen.frame()), /ldap-01/);
		screen.stdin.write(keys.escape);
		await screen.waitFor(() => screen!.store.getState().view.search === '' && screen!.frame().includes('web-01'));
		assert.match(selectedLine(screen.frame()), /ldap-01/, 'not back at the top');
	});

	test('clearing the search with Ctrl-U and an empty Enter keeps the task too', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('/', 'd', 'b', '-', '0', '2', keys.enter);
		assert.match(selectedLine(screen.frame()), /db-02/);
		await screen.press('/', keys.ctrlU, keys.enter);
		assert.equal(screen.store.getState().view.search, '');
		assert.match(selectedLine(screen.frame()), /db-02/);
	});

	test('a filter that hides the task moves the cursor to a shown row, and that row stays selected after', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('j', 'j', 'j'); // ldap-01, completed
		assert.match(selectedLine(screen.frame()), /ldap-01/);
		await screen.press('f'); // active only
		const shown = selectedLine(screen.frame());
		await screen.press('F'); // all again
		assert.equal(selectedLine(screen.frame()).slice(0, 40), shown.slice(0, 40), 'the cursor stays on what it showed');
	});
});
