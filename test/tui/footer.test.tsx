// The footer shortens one label at a time: a line one to three columns too long loses one label, not all.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {cutoverStore} from './fixtures.js';
import {renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const labels = ['move', 'pane', 'detail', 'filter: all', 'search', 'sort: status', 'refresh', 'pause', 'events', 'help', 'quit'];

async function footerAt(columns: number): Promise<string> {
	screen?.unmount();
	screen = renderScreen(cutoverStore(), {columns, rows: 30});
	return screen.lines().at(-1)!;
}

describe('footer', () => {
	test('full labels where they fit', async () => {
		const footer = await footerAt(160);
		for (const label of labels) assert.ok(footer.includes(label), `${label} in ${footer}`);
	});

	test('one to three columns short, it loses one label, not every one', async () => {
		const full = (await footerAt(160)).trimEnd().length;
		for (const over of [1, 2, 3]) {
			const footer = await footerAt(full - over);
			const kept = labels.filter((label) => footer.includes(label));
			assert.equal(kept.length, labels.length - 1, `${over} too long: ${JSON.stringify(footer)}`);
		}
	});

	test('labels go one at a time as the terminal narrows, the filter and sort values last', async () => {
		let previous = labels.length;
		for (let columns = 130; columns >= 60; columns--) {
			const footer = await footerAt(columns);
			const kept = labels.filter((label) => footer.includes(label)).length;
			assert.ok(previous - kept <= 1 || kept === 0, `at ${columns}: ${previous} → ${kept} labels: ${footer}`);
			previous = kept;
			assert.match(footer, /f[: ]/, `the filter key stays at ${columns}`);
		}
	});
});
