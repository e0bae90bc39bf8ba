// The screen an operator reads at a glance (issue 13): through the whole demo at 120×40, every failed task
// and its whole reason is on screen without a key, and no pane shows blank lines while a task is hidden.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {selectCounts, selectPaneTasks} from '../../source/store/index.js';
import {taskKinds} from '../../source/model/task.js';
import {sanitize} from '../../source/format/sanitize.js';
import type {DemoSession} from '../helpers/demo-session.js';
import {demoScreens} from './demo-screen.js';
import {assertFits} from './frame-checks.js';
import {settle, screenSizes} from './render-screen.js';

const demo = demoScreens();

/** The frame's text with borders gone and runs of spaces made one: a wrapped reason reads as one line. */
const flat = (frame: string) => frame.replace(/[┃│┏┓┗┛┌┐└┘━─]/g, ' ').replace(/\s+/g, ' ');
const blankPaneLines = (frame: string) => frame.split('\n').filter((line) => /^[┃│] +[┃│]$/.test(line)).length;

function failures(session: DemoSession): string[] {
	const state = session.store.getState();
	return taskKinds.flatMap((kind) =>
		selectPaneTasks(state, kind)
			.filter((tracked) => tracked.task.category === 'failed' && tracked.goneAt === undefined)
			.map((tracked) => sanitize(tracked.task.message ?? tracked.task.status).replace(/\s+/g, ' ')),
	);
}

describe('the demo at a glance', () => {
	test('120×40, every poll of the demo: all failures with their whole reasons, no blank lines while tasks are hidden', async () => {
		const session = await demo.polled();
		const screen = demo.render(session.store, {columns: 120, rows: 40, poller: session.poller, clock: session.timers});
		const start = session.timers.now();
		let busiest = {total: 0, frame: '', failed: 0};
		while (session.timers.now() - start < 12 * 60_000) {
			await session.tick();
			await settle();
			const frame: string = screen.frame();
			assertFits(frame, 120, 40);
			const text = flat(frame);
			for (const reason of failures(session)) assert.ok(text.includes(reason), `"${reason}" is on screen:\n${frame}`);
			if (frame.includes(' more ·')) assert.equal(blankPaneLines(frame), 0, `no blank lines while tasks are hidden:\n${frame}`);
			const counts = selectCounts(session.store.getState());
			if (counts.total > busiest.total) busiest = {total: counts.total, frame, failed: counts.failed};
		}
		assert.ok(busiest.total >= 50, `the demo's busiest moment was reached (${busiest.total} tasks)`);
		assert.ok(busiest.failed >= 4, 'with failures in it');
	});

	for (const [columns, rows] of screenSizes) {
		test(`${columns}×${rows}: the frame fits, each pane says how many more it holds, z zooms the focused pane`, async () => {
			const session = await demo.polled();
			for (let i = 0; i < 60; i++) await session.tick();
			const screen = demo.render(session.store, {columns, rows, poller: session.poller, clock: session.timers});
			await settle();
			assertFits(screen.frame(), columns, rows);
			if (screen.frame().includes(' more ·')) assert.equal(blankPaneLines(screen.frame()), 0, screen.frame());
			await screen.press('z');
			const zoomed = screen.frame();
			assertFits(zoomed, columns, rows);
			assert.match(zoomed.split('\n')[1]!, /^ 2 Image exports/, 'zoomed: the others are one line each');
			await screen.press('z');
			assert.ok(!screen.lines()[1]!.startsWith(' 2 Image exports'), 'z again shares the screen');
		});
	}
});
