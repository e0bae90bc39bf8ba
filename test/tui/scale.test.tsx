// The performance budget in user terms: 50,000 tasks scroll like 50 because only visible rows are rendered,
// and a one-percent progress change sends one changed line, not a screen, over the SSH link.
import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import type {Task} from '../../source/model/task.js';
import {assertFits, selectedLine} from './frame-checks.js';
import {fourPaneStore, keyOf, manySnapshots, snapshotList, t0} from './fixtures.js';
import {keys, renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

/** Wraps tasks so reading `status` (which only drawing a row does) records which tasks were drawn. */
function watched(tasks: Task[], drawn: Set<string>): Task[] {
	return tasks.map(
		(task) =>
			new Proxy(task, {
				get(target, property, receiver) {
					if (property === 'status') drawn.add(target.id);
					return Reflect.get(target, property, receiver) as unknown;
				},
			}),
	);
}

describe('50,000 tasks', () => {
	test('only the visible rows are rendered, at start and after jumping to the end', async () => {
		const drawn = new Set<string>();
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, watched(snapshotList(50_000), drawn), t0);
		drawn.clear(); // the store read every status to log the appearances
		screen = renderScreen(store, {columns: 120, rows: 40});
		assertFits(screen.frame(), 120, 40);
		const visible = screen.lines().filter((line) => line.includes('server-')).length;
		assert.ok(visible > 20, `a screenful of rows (${visible})`);
		assert.equal(drawn.size, visible, 'drew exactly the rows on screen');
		drawn.clear();
		await screen.press('G');
		assert.match(selectedLine(screen.frame()), /server-\d{5}/);
		assert.match(screen.frame(), /49,9\d\d–50,000 of 50,000/);
		assert.ok(drawn.size <= visible, `jumping to the end drew ${drawn.size} rows`);
		drawn.clear();
		await screen.press(keys.pageUp, keys.pageUp, 'k', 'k');
		assert.ok(drawn.size <= 3 * visible, `two pages up drew ${drawn.size} rows`);
	});

	test('a key press with 50,000 tasks costs about what it costs with 100', async (t) => {
		const median = async (count: number) => {
			const s = renderScreen(manySnapshots(count), {columns: 200, rows: 50});
			const times: number[] = [];
			for (let i = 0; i < 24; i++) {
				const start = performance.now();
				const before = s.stdout.frames.length;
				s.stdin.write(i % 2 === 0 ? 'j' : 'k');
				while (s.stdout.frames.length === before) await settle();
				times.push(performance.now() - start);
			}
			s.unmount();
			return times.sort((a, b) => a - b)[12]!;
		};
		await median(100); // warm up the JIT
		const small = await median(100);
		const large = await median(50_000);
		t.diagnostic(`key frame at 200×50: ${small.toFixed(1)} ms with 100 tasks, ${large.toFixed(1)} ms with 50,000`);
		// Twice the 100-task frame is the budget; the margin absorbs a noisy test machine, not a linear scan.
		assert.ok(large <= 3 * small + 5, `50,000 tasks: ${large.toFixed(1)} ms per key frame, 100 tasks: ${small.toFixed(1)} ms`);
	});
});

describe('bytes on the wire', () => {
	test('a one-percent progress change on a 200×50 screen rewrites one line: ≤ 600 bytes, 10× below a repaint', async (t) => {
		const list = snapshotList(200, () => 40);
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, list, t0);
		screen = renderScreen(store, {columns: 200, rows: 50, interactive: true, ui: {color: true}});
		await settle();
		const repaint = screen.stdout.bytes;
		assert.ok(repaint > 5000, `the first frame paints the screen (${repaint} bytes)`);
		const next = snapshotList(200, (i) => (i === 3 ? 41 : 40));
		const before = screen.stdout.bytes;
		const firstWrite = screen.stdout.frames.length;
		store.getState().pollSucceeded(keyOf.snapshot, next, t0 + 15_000);
		await screen.waitFor(() => screen!.stdout.bytes > before);
		await settle();
		const update = screen.stdout.bytes - before;
		assert.ok(update <= 600, `${update} bytes for one row`);
		assert.ok(update * 10 <= repaint, `${update} bytes vs a ${repaint}-byte repaint`);
		const written = screen.stdout.frames.slice(firstWrite).join('');
		assert.match(written, /\u001b\[\d+G(\u001b\[[\d;]*m)*1/, 'the changed digit is what was written (40 % → 41 %)');
		t.diagnostic(`one-percent update: ${update} bytes; full repaint: ${repaint} bytes`);
	});

	test('a poll that changes nothing on screen writes nothing', async () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, snapshotList(50), t0);
		screen = renderScreen(store, {columns: 200, rows: 50, interactive: true});
		await settle();
		const before = screen.stdout.bytes;
		store.getState().pollStarted(keyOf.snapshot, t0 + 15_000);
		store.getState().pollSucceeded(keyOf.snapshot, snapshotList(50), t0 + 16_000);
		await settle();
		await settle();
		assert.equal(screen.stdout.bytes, before);
	});
});
