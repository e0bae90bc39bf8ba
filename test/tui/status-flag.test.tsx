// --status selects tasks in every mode: the live screen opens with the panes (and the event log) filtered to
// what the flag asked for, and f still cycles through every filter from there.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {demoScreens} from './demo-screen.js';
import {lineWith} from './frame-checks.js';

const {polled, render} = demoScreens();

describe('--status on the live screen', () => {
	test('--status failed opens every pane filtered to failures, and the footer says so', async () => {
		const demo = await polled({status: ['failed']});
		const screen = render(demo.store, {columns: 120, rows: 40, regions: demo.regions, accounts: demo.accounts});
		await screen.waitFor((frame) => frame.includes('import-snap-'));
		assert.match(screen.lines().at(-1)!, /f filter: failed/);
		assert.match(lineWith(screen.frame(), '1 Snapshot imports'), /filter: failed/);
		const rows = screen.lines().filter((line) => /^┃.(import-snap-)/.test(line));
		assert.ok(rows.length > 0, 'the demo has failed imports');
		for (const row of rows) assert.match(row, /✗/, `only failed rows: ${row}`);
		// f still cycles, from the flag's filter onwards.
		await screen.press('f');
		assert.match(screen.lines().at(-1)!, /f filter: completed/);
	});

	test('several statuses filter to exactly those, named in the footer', async () => {
		const demo = await polled({status: ['failed,cancelled']});
		const screen = render(demo.store, {columns: 120, rows: 40, regions: demo.regions, accounts: demo.accounts});
		await screen.waitFor((frame) => frame.includes('import-snap-'));
		assert.match(screen.lines().at(-1)!, /f filter: failed\+cancelled/);
		for (const row of screen.lines().filter((line) => /^┃.(import-snap-)/.test(line))) assert.match(row, /[✗⊘]/, row);
		await screen.press('f');
		assert.match(screen.lines().at(-1)!, /f filter: all/);
	});

	test('the event log opens with the same filter', async () => {
		const demo = await polled({status: ['failed']});
		const screen = render(demo.store, {columns: 120, rows: 40, regions: demo.regions, accounts: demo.accounts});
		await screen.waitFor((frame) => frame.includes('import-snap-'));
		await screen.press('e');
		assert.match(screen.lines()[1]!, /filter: failed/);
	});
});
