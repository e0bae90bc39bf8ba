// Issue 14 on the screen: the detail chart, the cutover view (c), copying (y, Y, m) and notifications.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import type {Task} from '../../source/model/task.js';
import {assertFits, lineWith} from './frame-checks.js';
import {failed, fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

const id = 'import-snap-0a1b2c3d4e5f6a7b8';

/** A task climbing 1 % a minute for 30 minutes, and one that failed. */
function nightStore() {
	const store = fourPaneStore();
	for (let m = 0; m <= 30; m++) {
		const tasks: Task[] = [snapshot(id, {progress: m, description: 'web-01'})];
		tasks.push(
			m < 20
				? snapshot('import-snap-0fail000000000000', {progress: 10, description: 'db-09'})
				: failed('import-snap-0fail000000000000', {description: 'db-09', message: 'ClientError: Disk validation failed'}),
		);
		store.getState().pollSucceeded(keyOf.snapshot, tasks, t0 + m * minute);
	}
	return store;
}

function decodeOsc52(sequence: string): string {
	const match = /^\u001b\]52;c;([A-Za-z0-9+/=]*)\u001b\\$/.exec(sequence);
	assert.ok(match, JSON.stringify(sequence));
	return Buffer.from(match[1]!, 'base64').toString('utf8');
}

describe('detail chart', () => {
	test('the progress chart, its rate, GiB/h and ETA band', async () => {
		screen = renderScreen(nightStore(), {columns: 120, rows: 40});
		screen.clock.advance(30 * minute);
		// Failures sort first; the running task is the second row.
		await screen.press('j', keys.enter);
		await screen.waitFor((frame) => frame.includes('Progress over time'));
		const frame = screen.frame();
		assertFits(frame, 120, 40);
		assert.match(frame, /web-01|db-09/);
		const caption = lineWith(frame, '%/min');
		assert.match(caption, /rate 1\.0 %\/min · 0\.4 GiB\/h · ETA 13:40 UTC/);
		assert.match(frame, /100%│/);
		assert.match(frame, /[\u2801-\u28ff]/, 'braille dots');
	});
});

describe('cutover view', () => {
	test('c opens it: burndown, per pane, completed, failed, throughput, timeline with failures first; c closes', async () => {
		screen = renderScreen(nightStore(), {columns: 120, rows: 60});
		screen.clock.advance(30 * minute);
		await screen.press('c');
		await screen.waitFor((frame) => frame.includes('Cutover'));
		const frame = screen.frame();
		assertFits(frame, 120, 60);
		for (const section of [
			'Active tasks (burndown), all panes',
			'Completed over time',
			'Failed over time',
			'Snapshot import throughput',
			'Timeline: 2 tasks, failures first',
		]) {
			assert.ok(frame.includes(section), section);
		}
		assert.match(frame, /Since 12:00 UTC \(12:00 local\): 1 active, 0 completed, 1 failed/);
		assert.match(lineWith(frame, 'Snapshot imports '), /1 active, 0 done, 1 failed/);
		const timeline = frame.slice(frame.indexOf('Timeline:'));
		assert.ok(timeline.indexOf('import-snap-0fail') < timeline.indexOf(id), `the failure comes first:\n${frame}`);
		assert.match(lineWith(timeline, 'import-snap-0fail'), /━+✗/);
		assert.match(lineWith(timeline, id), /━+▶/);
		assert.match(frame, /12:00 UTC .*12:30/);
		await screen.press('c');
		await screen.waitFor((f) => !f.includes('Active tasks (burndown)'));
	});

	test('on a short screen it scrolls down to the timeline', async () => {
		screen = renderScreen(nightStore(), {columns: 100, rows: 24});
		screen.clock.advance(30 * minute);
		await screen.press('c');
		// Back after 30 minutes: the recap banner takes a line of the 24.
		await screen.waitFor((frame) => /1-(19|20) of \d+ lines/.test(frame));
		assert.ok(!screen.frame().includes('import-snap-0fail'));
		await screen.press('G');
		await screen.waitFor((frame) => frame.includes('import-snap-0fail'));
		assert.match(screen.frame(), /\d+-(\d+) of \1 lines/);
	});

	test('opens by itself when the last active task finishes, as in the demo; not otherwise', async () => {
		for (const cutoverWhenSettled of [true, false]) {
			const store = nightStore();
			screen = renderScreen(store, {columns: 120, rows: 60, cutoverWhenSettled});
			await screen.waitFor((frame) => frame.includes('Snapshot imports'));
			store.getState().pollSucceeded(keyOf.snapshot, [failed(id), failed('import-snap-0fail000000000000')], t0 + 31 * minute);
			if (cutoverWhenSettled) await screen.waitFor((frame) => frame.includes('Active tasks (burndown)'));
			else {
				await screen.press('r');
				assert.ok(!screen.frame().includes('Active tasks (burndown)'));
			}
			screen.unmount();
			screen = undefined;
		}
	});
});

describe('copy', () => {
	test('y copies the id, Y the record as JSON, m the failure reason, and the screen says how many bytes', async () => {
		screen = renderScreen(nightStore(), {columns: 160, rows: 40});
		// Failures sort first: the failed task is selected.
		await screen.press('y');
		assert.equal(decodeOsc52(screen.control.sent.at(-1)!), 'import-snap-0fail000000000000');
		await screen.waitFor((frame) => frame.includes('copied id import-snap-0fail000000000000: 29 bytes via OSC 52'));
		await screen.press('m');
		assert.equal(decodeOsc52(screen.control.sent.at(-1)!), 'ClientError: Disk validation failed');
		await screen.press('Y');
		const record = JSON.parse(decodeOsc52(screen.control.sent.at(-1)!));
		assert.equal(record.id, 'import-snap-0fail000000000000');
		assert.equal(record.category, 'failed');
		await screen.waitFor((frame) => /copied record of import-snap-0fail000000000000 as JSON: [\d,]+ bytes via OSC 52/.test(frame));
		await screen.press('j', 'm');
		await screen.waitFor((frame) => frame.includes('has no failure reason'));
		assert.equal(screen.control.sent.length, 3);
	});

	test("through tmux: passthrough when allowed, tmux's set-clipboard (load-buffer -w) otherwise, nothing and a hint when neither", async () => {
		screen = renderScreen(nightStore(), {columns: 160, rows: 40, terminal: {inTmux: true, tmux: {allowPassthrough: 'on'}, protocol: 'osc9'}});
		await screen.press('y');
		assert.match(screen.control.sent.at(-1)!, /^\u001bPtmux;\u001b\u001b\]52;c;/);
		await screen.waitFor((frame) => frame.includes('via OSC 52 through tmux passthrough'));
		screen.unmount();

		const buffers: string[] = [];
		const tmuxBuffer = async (text: string) => (buffers.push(text), true);
		screen = renderScreen(nightStore(), {
			columns: 160,
			rows: 40,
			tmuxBuffer,
			terminal: {inTmux: true, tmux: {allowPassthrough: 'off', setClipboard: 'external'}, protocol: 'osc9'},
		});
		await screen.press('y');
		assert.deepEqual(buffers, ['import-snap-0fail000000000000']);
		assert.equal(screen.control.sent.length, 0, 'tmux sends the OSC 52 itself');
		await screen.waitFor((frame) => frame.includes("29 bytes via tmux's set-clipboard (load-buffer -w)"));
		screen.unmount();

		screen = renderScreen(nightStore(), {
			columns: 160,
			rows: 40,
			tmuxBuffer,
			terminal: {inTmux: true, tmux: {allowPassthrough: 'off', setClipboard: 'off'}, protocol: 'osc9'},
		});
		await screen.press('y');
		await screen.waitFor((frame) => frame.includes("nothing copied: tmux's set-clipboard and allow-passthrough are off"));
		assert.equal(screen.control.sent.length, 0);
		assert.equal(buffers.length, 1);
	});

	test('--no-clipboard: nothing is written, and the screen says why', async () => {
		screen = renderScreen(nightStore(), {columns: 160, rows: 40, ui: {clipboard: false}});
		await screen.press('y', 'Y', 'm');
		await screen.waitFor((frame) => frame.includes('nothing copied: the clipboard is off (--no-clipboard)'));
		assert.equal(screen.control.sent.length, 0);
	});
});

describe('notifications', () => {
	test('--notify failed: one OSC 9 for a burst of failures; nothing with --notify none', async () => {
		for (const notify of ['failed', 'none'] as const) {
			const store = fourPaneStore();
			store
				.getState()
				.pollSucceeded(
					keyOf.snapshot,
					[snapshot('import-snap-a0000000000000000'), snapshot('import-snap-b0000000000000000'), snapshot('import-snap-c0000000000000000')],
					t0,
				);
			screen = renderScreen(store, {columns: 160, rows: 40, ui: {notify}});
			store
				.getState()
				.pollSucceeded(
					keyOf.snapshot,
					[failed('import-snap-a0000000000000000'), failed('import-snap-b0000000000000000'), snapshot('import-snap-c0000000000000000')],
					t0 + minute,
				);
			if (notify === 'none') {
				assert.deepEqual(screen.control.sent, []);
			} else {
				assert.deepEqual(screen.control.sent, ['\u001b]9;cutwatch: 2 snapshot imports failed\u0007']);
			}
			screen.unmount();
			screen = undefined;
		}
	});

	test('inside tmux with passthrough, kitty gets OSC 99 wrapped for tmux', async () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, [snapshot('import-snap-a0000000000000000')], t0);
		screen = renderScreen(store, {columns: 160, rows: 40, ui: {notify: 'failed'}, terminal: {inTmux: true, tmux: {allowPassthrough: 'on'}, protocol: 'osc99'}});
		store.getState().pollSucceeded(keyOf.snapshot, [failed('import-snap-a0000000000000000')], t0 + minute);
		assert.equal(screen.control.sent.length, 1);
		assert.match(screen.control.sent[0]!, /^\u001bPtmux;\u001b\u001b\]99;i=cutwatch:d=0:e=1:p=title;/);
	});
});

describe('--ascii', () => {
	test('the charts fall back to # and the timeline to plain characters', async () => {
		screen = renderScreen(nightStore(), {columns: 120, rows: 60, ui: {ascii: true}});
		screen.clock.advance(30 * minute);
		await screen.press('c');
		await screen.waitFor((frame) => frame.includes('Timeline:'));
		const frame = screen.frame();
		assert.ok(!/[\u2800-\u28ff━✗▶]/.test(frame), 'no braille or box-drawing glyphs');
		assert.match(frame, /#/);
		assert.match(lineWith(frame, 'import-snap-0fail'), /=+x/);
		assert.match(lineWith(frame, id), /=+>/);
	});
});
