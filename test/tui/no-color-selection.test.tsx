// Without colour (--no-color, NO_COLOR) the selected row is more than a `›`: it is in inverse video, which
// is not colour (NO_COLOR allows it), and nothing else on screen is coloured. Stale rows say so in words.
// Here chalk is on (force-color), as runTui keeps it on a terminal even with --no-color (attributes.ts).
import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import stripAnsi from 'strip-ansi';
import {lineWith, selectedLine} from './frame-checks.js';
import {cutoverStore, keyOf, minute, t0} from './fixtures.js';
import {keys, renderScreen, settle, type Screen} from './render-screen.js';

/** The line as written (escapes and all) that reads, once they are stripped, as `find` picks it. */
function raw(frame: string, find: (plain: string) => string): string {
	const plain = stripAnsi(frame).split('\n');
	return frame.split('\n')[plain.indexOf(find(plain.join('\n')))]!;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const inverse = '\u001b[7m';
const colour = /\u001b\[(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;\d+)*m/;
const denied = {code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', hint: 'check IAM', throttled: false};

describe('120×40 without colour', () => {
	test('the selected row is in inverse video, the others are not, and no colour is written', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, ui: {color: false}});
		await screen.press('j');
		const frame = screen.frame();
		assert.doesNotMatch(frame, colour);
		const selected = raw(frame, selectedLine);
		assert.match(selected, /web-01/);
		assert.ok(selected.includes(inverse), 'the selected row stands out by more than its ›');
		for (const other of ['batch-01', 'db-02', 'ldap-01']) assert.ok(!raw(frame, (plain) => lineWith(plain, other)).includes(inverse), other);
	});

	test('the event log cursor and a marked pane error line are in inverse video too', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 120, rows: 40, ui: {color: false}});
		store.getState().pollFailed(keyOf.store, denied, t0 + 2 * minute, t0 + 7 * minute);
		await settle();
		await screen.press('3', keys.up);
		assert.ok(raw(screen.frame(), (plain) => lineWith(plain, 'not authorized')).includes(inverse), 'the error line, selected');
		assert.match(lineWith(stripAnsi(screen.frame()), 'ami-0123456789abcdef0 s3'), /\bstale\b/, 'stale rows say stale');
		await screen.press('e');
		assert.ok(raw(screen.frame(), selectedLine).includes(inverse), 'the event under the cursor');
		assert.doesNotMatch(screen.frame(), colour);
	});
});
