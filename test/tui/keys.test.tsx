// Every key in the list, pressed as a user would, with what the user would then see.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {selectPaneTasks, selectSelectedTask} from '../../source/store/index.js';
import {keymap} from '../../source/tui/keys/keymap.js';
import {assertFits, focusedTitle, lineWith, selectedLine} from './frame-checks.js';
import {cutoverStore, manySnapshots} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const selectedName = (s: Screen) => selectedLine(s.frame()).match(/server-\d{5}/)?.[0];

describe('keys', () => {
	test('↓/j and ↑/k move the selection one row', async () => {
		screen = renderScreen(manySnapshots(100), {columns: 120, rows: 40});
		const first = selectedName(screen);
		await screen.press('j');
		const second = selectedName(screen);
		assert.notEqual(second, first);
		await screen.press(keys.down, 'k');
		assert.notEqual(selectedName(screen), first);
		await screen.press(keys.up);
		assert.equal(selectedName(screen), first);
	});

	test('PgDn/PgUp move a page; G/End go to the last row and g/Home to the first', async () => {
		screen = renderScreen(manySnapshots(100), {columns: 120, rows: 40});
		const rows = () => selectPaneTasks(screen!.store.getState(), 'import-snapshot');
		const at = () => rows().indexOf(selectSelectedTask(screen!.store.getState(), 'import-snapshot')!);
		await screen.press(keys.pageDown);
		const page = at();
		assert.ok(page >= 30 && page <= 34, `one page is the pane's rows (${page})`);
		await screen.press(keys.pageUp);
		assert.equal(at(), 0);
		await screen.press('G');
		assert.equal(at(), 99);
		assert.match(screen.frame(), /\d+–100 of 100/);
		assert.ok(screen.frame().includes(selectedLine(screen.frame())), 'the last row is on screen and selected');
		await screen.press('g');
		assert.equal(at(), 0);
		await screen.press(keys.end);
		assert.equal(at(), 99);
		await screen.press(keys.home);
		assert.equal(at(), 0);
	});

	test('Tab and Shift-Tab cycle the panes; 1–4 pick one', async () => {
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
		const big = () => focusedTitle(screen!.frame());
		assert.match(big(), /1 Snapshot imports/);
		await screen.press(keys.tab);
		assert.match(big(), /2 Image exports/);
		await screen.press(keys.tab, keys.tab, keys.tab);
		assert.match(big(), /1 Snapshot imports/);
		await screen.press(keys.shiftTab);
		assert.match(big(), /4 Discovery imports/);
		await screen.press('3');
		assert.match(big(), /3 AMI store/);
		await screen.press('1');
		assert.match(big(), /1 Snapshot imports/);
	});

	test('Enter opens the detail of the selected task; Esc and q close it without quitting', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('j', keys.enter);
		assert.match(screen.lines()[1]!, /Snapshot imports · import-snap-0a1b2c3d4e5f6a7b8/);
		await screen.press('q');
		assert.match(focusedTitle(screen.frame()), /1 Snapshot imports/);
		assert.equal(screen.quits, 0);
		await screen.press(keys.enter);
		assert.match(screen.lines()[1]!, /Snapshot imports · /);
		screen.stdin.write(keys.escape);
		await screen.waitFor((frame) => focusedTitle(frame).includes('1 Snapshot imports'));
	});

	test('f cycles the status filter all → active → failed → completed → cancelled → all; F goes back', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		const seen: string[] = [];
		for (let i = 0; i < 5; i++) {
			await screen.press('f');
			seen.push(screen.store.getState().view.filters['import-snapshot']);
		}
		assert.deepEqual(seen, ['active', 'failed', 'completed', 'cancelled', 'all']);
		await screen.press('f', 'f');
		assert.match(focusedTitle(screen.frame()), /filter: failed/);
		assert.ok(screen.frame().includes('batch-01'));
		assert.ok(!screen.frame().includes('web-01'));
		assert.match(screen.lines().at(-1)!, /f filter: failed/);
		await screen.press('F');
		assert.equal(screen.store.getState().view.filters['import-snapshot'], 'active');
		assert.ok(screen.frame().includes('web-01') && !screen.frame().includes('batch-01'));
	});

	test('/ searches as you type; Enter keeps it, Esc clears it, an empty Enter clears it too', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('/', 'l', 'd', 'a', 'p');
		assert.match(screen.lines().at(-1)!, /^\/ldap█/);
		assert.ok(screen.frame().includes('ldap-01') && !screen.frame().includes('web-01'));
		await screen.press(keys.backspace, keys.backspace, keys.backspace, keys.backspace, 'w', 'e', 'b', keys.enter);
		assert.equal(screen.store.getState().view.search, 'web');
		assert.match(screen.lines().at(-1)!, /\/ search: web/);
		assert.ok(screen.frame().includes('web-01') && !screen.frame().includes('ldap-01'));
		// Typing goes to the search box, not to the key map: q does not quit here.
		await screen.press('/', 'q');
		assert.equal(screen.quits, 0);
		assert.equal(screen.store.getState().view.search, 'webq');
		screen.stdin.write(keys.escape);
		await screen.waitFor(() => screen!.store.getState().view.search === '' && screen!.frame().includes('ldap-01'));
		await screen.press('/', 'x', keys.ctrlU, keys.enter);
		assert.equal(screen.store.getState().view.search, '');
	});

	test('the search matches bucket, AMI and message too', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('3', '/', ...'cutover-bucket', keys.enter);
		assert.ok(screen.frame().includes('ami-0456789abcdef0123'));
		assert.ok(!screen.frame().includes('ami-0123456789abcdef0'));
	});

	test('s cycles the sort status → progress → start time → ETA, S goes back, and the header marks it', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		const sorts: string[] = [];
		for (let i = 0; i < 4; i++) {
			await screen.press('s');
			sorts.push(screen.store.getState().view.sort);
		}
		assert.deepEqual(sorts, ['progress', 'start', 'eta', 'status']);
		await screen.press('s');
		assert.match(lineWith(screen.frame(), ' ID '), /PROGRESS▾/);
		assert.match(screen.lines().at(-1)!, /s sort: progress/);
		const order = ['ldap-01', 'web-01', 'db-02'].map((name) => screen!.frame().indexOf(name));
		assert.deepEqual(
			[...order].sort((a, b) => a - b),
			order,
			'most advanced first',
		);
		await screen.press('S');
		assert.equal(screen.store.getState().view.sort, 'status');
	});

	test('r refreshes now; p pauses and resumes, with PAUSED in the header', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('r');
		assert.equal(screen.poller.refreshes, 1);
		await screen.press('p');
		assert.match(screen.lines()[0]!, /PAUSED/);
		assert.match(screen.lines().at(-1)!, /p resume/);
		await screen.press('p');
		assert.doesNotMatch(screen.lines()[0]!, /PAUSED/);
	});

	test('e opens the event log and e or q closes it', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('e');
		assert.match(screen.lines()[1]!, /Event log, newest first/);
		await screen.press('e');
		assert.match(focusedTitle(screen.frame()), /1 Snapshot imports/);
		await screen.press('e', 'q');
		assert.match(focusedTitle(screen.frame()), /1 Snapshot imports/);
		assert.equal(screen.quits, 0);
	});

	test('? shows every key of the key map and closes again', async () => {
		screen = renderScreen(cutoverStore(), {columns: 200, rows: 50});
		await screen.press('?');
		const frame = screen.frame();
		assertFits(frame, 200, 50);
		for (const binding of keymap) assert.ok(frame.includes(binding.description), `help lists ${binding.keys}: ${binding.description}`);
		await screen.press('?');
		assert.match(screen.lines()[1]!, /1 Snapshot imports/);
	});

	test('q quits from the list (asking once while tasks run), Ctrl-C from anywhere (even while typing a search)', async () => {
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
		await screen.press('q', 'q');
		assert.equal(screen.quits, 1);
		screen.unmount();
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
		await screen.press('/', 'a', keys.ctrlC);
		assert.equal(screen.quits, 1);
	});

	test('keys that arrive together in one read (key repeat over SSH, tmux send-keys) are each handled', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('jj\r');
		assert.match(screen.lines()[1]!, /Snapshot imports · import-snap-0c3d4e5f6a7b8c9d0/, 'two rows down, then Enter');
		await screen.press('q/ldap\r');
		assert.equal(screen.store.getState().view.search, 'ldap', 'the keys after / went to the search box');
		assert.ok(screen.frame().includes('ldap-01') && !screen.frame().includes('web-01'));
		assert.equal(screen.quits, 0);
	});

	test('keys after / that arrive in one read (SSH, tmux) are each handled by the view they land in', async () => {
		// Each write is one read of stdin, as a fast typist's keys arrive over a slow link.
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		const main = () => focusedTitle(screen!.frame()).includes('1 Snapshot imports');
		await screen.press('/' + keys.backspace + keys.backspace + keys.backspace + keys.enter);
		await screen.waitFor(main);
		assert.equal(screen.store.getState().view.search, '');
		assert.doesNotMatch(screen.lines()[1]!, /Snapshot imports · /, 'Enter closed the prompt; it did not open a detail');
		assert.doesNotMatch(screen.lines().at(-1)!, /█/, 'the prompt is closed');

		await screen.press('/erpx' + keys.backspace + keys.enter);
		assert.equal(screen.store.getState().view.search, 'erp');
		assert.match(screen.lines().at(-1)!, /\/ search: erp/, 'the prompt closed, the search kept');

		await screen.press('/web' + keys.enter, '/' + keys.ctrlU + keys.enter);
		await screen.waitFor(main);
		assert.equal(screen.store.getState().view.search, '', 'Ctrl-U cleared it and Enter closed the prompt');
		assert.match(screen.lines().at(-1)!, /\/ search(?!:)/);
		assert.ok(screen.frame().includes('web-01') && screen.frame().includes('ldap-01'));

		// Out of the prompt and on: keys after Enter go to the list again, within the same read.
		await screen.press('/ldap' + keys.enter + keys.enter + 'q');
		assert.match(focusedTitle(screen.frame()), /1 Snapshot imports/, 'Enter opened the detail of ldap-01, q closed it');
		assert.equal(screen.quits, 0);
		assert.equal(screen.store.getState().view.search, 'ldap');
	});

	test('a view opened by one key of a read is scrolled and paged by the keys after it, as if typed slowly', async () => {
		const slowly = renderScreen(cutoverStore(), {columns: 100, rows: 16});
		await slowly.press(keys.enter);
		const top = slowly.frame();
		await slowly.press('G');
		const bottom = slowly.frame();
		await slowly.press('k', keys.pageUp);
		const up = slowly.frame();
		slowly.unmount();
		assert.notEqual(bottom, top, 'the detail is long enough to scroll');
		screen = renderScreen(cutoverStore(), {columns: 100, rows: 16});
		await screen.press(keys.enter + 'G');
		assert.equal(screen.frame(), bottom);
		await screen.press('k', keys.pageUp);
		assert.equal(screen.frame(), up);
		// Ink hands an escape sequence on as an input of its own, but still before the next render.
		screen.unmount();
		screen = renderScreen(cutoverStore(), {columns: 100, rows: 16});
		await screen.press(keys.enter + keys.end);
		assert.equal(screen.frame(), bottom);
	});

	test('keys that do nothing in a view leave it alone', async () => {
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
		await screen.press(keys.enter, 's', 'f', keys.tab, '2');
		assert.match(screen.lines()[1]!, /Snapshot imports · /);
		assert.equal(screen.store.getState().view.sort, 'status');
		assert.equal(screen.store.getState().view.focusedPane, 'import-snapshot');
	});
});
