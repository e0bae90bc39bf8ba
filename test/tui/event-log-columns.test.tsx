// The event log names each event's pane (kind) and shows ids whole (issue 13 item 5): on one line where the
// width allows, on two where it does not; Enter on a task event opens that task.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {assertFits} from './frame-checks.js';
import {cutoverStore, keyOf, minute, t0, throttledError} from './fixtures.js';
import {keys, renderScreen, type Screen, screenSizes} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

/** Each pane's task ids as the log shows them (a store task by its AMI), and the pane label beside it. */
const expected = [
	['import', 'import-snap-1a2b3c4d5e6f7a8b9'],
	['import', 'import-snap-0c3d4e5f6a7b8c9d0'],
	['export', 'export-ami-09aab0c1d2e3f4a5b'],
	['store', 'ami-0456789abcdef0123'],
	['discovery', 'import-task-0123456789abcdef0123456789abcdef'],
] as const;

/** Text of the event log's body, every frame seen while the cursor walks down, lines joined per event. */
async function walk(s: Screen, steps: number): Promise<string[]> {
	const seen: string[] = [];
	for (let i = 0; i < steps; i++) {
		const body = s.lines().slice(2, -2);
		for (let at = 0; at < body.length; at++) seen.push(`${body[at]} ${body[at + 1] ?? ''}`);
		await s.press(keys.down);
	}
	return seen;
}

describe('event log: kinds and whole ids', () => {
	for (const [columns, rows] of screenSizes) {
		test(`${columns}×${rows}: every event says its pane, and no id is cut`, async () => {
			const store = cutoverStore();
			store.getState().pollFailed(keyOf.export, throttledError, t0 + minute, t0 + 2 * minute);
			screen = renderScreen(store, {columns, rows});
			await screen.press('e');
			assertFits(screen.frame(), columns, rows);
			const seen = await walk(screen, 12);
			for (const [kind, id] of expected) {
				const line = seen.find((each) => each.includes(id));
				assert.ok(line !== undefined, `${id} whole in the log at ${columns}×${rows}:\n${screen.frame()}`);
				assert.match(line, new RegExp(`\\b${kind}\\b`), `${id}'s pane is named: ${line}`);
			}
			const source = seen.find((each) => each.includes('RequestLimitExceeded'));
			assert.ok(source !== undefined && /\bsource\b/.test(source) && /\bexport\b/.test(source), `the source event and its pane: ${source}`);
			assertFits(screen.frame(), columns, rows);
		});
	}

	test('80×24: Enter on a task event opens that task', async () => {
		screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
		await screen.press('e');
		let tries = 0;
		while (!/›.*\n.*import-task-0123456789abcdef0123456789abcdef/.test(screen.frame()) && tries++ < 12) await screen.press('j');
		await screen.press(keys.enter);
		assert.match(screen.lines()[1]!, /Discovery imports · import-task-0123456789abcdef0123456789abcdef/);
	});
});
