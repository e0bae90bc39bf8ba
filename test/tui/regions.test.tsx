// Several regions (or accounts) watched: every row and every event line says which, in full where the pane
// is wide enough and as use1/euw1 where it is not; with one region and account nothing changes.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {demoScreens} from './demo-screen.js';
import {assertFits} from './frame-checks.js';
import {cutoverStore} from './fixtures.js';
import type {Screen} from './render-screen.js';

const {polled, render} = demoScreens();

const twoRegions = () => polled({region: ['us-east-1,eu-west-1']});

const importRows = (screen: Screen) => screen.lines().filter((line) => /^┃.*import-/.test(line));

describe('several regions', () => {
	test('every row names its region in full on a wide pane, and no two rows are the same', async () => {
		const demo = await twoRegions();
		const screen = render(demo.store, {columns: 150, rows: 40, regions: demo.regions, accounts: demo.accounts});
		await screen.waitFor((frame) => frame.includes('import-'));
		const rows = importRows(screen);
		assert.ok(rows.length > 2);
		for (const row of rows) assert.match(row, /\b(us-east-1|eu-west-1)\b/, row);
		assert.ok(rows.some((row) => row.includes('eu-west-1')) && rows.some((row) => row.includes('us-east-1')));
		assert.equal(new Set(rows.map((row) => row.slice(1))).size, rows.length, 'no identical rows');
		assertFits(screen.frame(), 150, 40);
	});

	test('compact on a narrow terminal, and in the event log', async () => {
		const demo = await twoRegions();
		const screen = render(demo.store, {columns: 80, rows: 24, regions: demo.regions, accounts: demo.accounts});
		await screen.waitFor((frame) => frame.includes('import-'));
		for (const row of importRows(screen)) assert.match(row, /\b(use1|euw1)\b/, row);
		assertFits(screen.frame(), 80, 24);
		await screen.press('e');
		// At 80 columns an event whose id is long takes two lines: the region on its first, the id whole on its second.
		const lines = screen.lines();
		const events = lines.flatMap((line, at) => (/import-/.test(line) ? [line.startsWith('┃  ') ? `${lines[at - 1]} ${line}` : line] : []));
		assert.ok(events.length > 0);
		for (const line of events) assert.match(line, /\b(use1|euw1|us-east-1|eu-west-1)\b/, line);
	});

	test('one region and one account: no region column', async () => {
		const screen = render(cutoverStore(), {columns: 150, rows: 40});
		for (const row of importRows(screen)) assert.doesNotMatch(row, /us-east-1|use1/, row);
	});
});
