// A search or filter that leaves a pane with nothing folds that pane to one line saying so: the rows go to the
// panes that have matches (at 60×15 four-line "no tasks match" boxes were squeezing the one pane with a match).
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cutoverStore} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

for (const [columns, rows] of [
	[60, 15],
	[120, 40],
] as const) {
	test(`${columns}×${rows}: panes a search empties are one line each, and say nothing matches`, async () => {
		screen = renderScreen(cutoverStore(), {columns, rows});
		await screen.press('/', 'w', 'e', 'b', keys.enter);
		const lines = screen.lines();
		assert.ok(!lines.some((line) => /^[│┃] no tasks match/.test(line)), `no boxed empty pane:\n${screen.frame()}`);
		for (const pane of ['2 Image exports', '3 AMI store']) {
			const line = lines.find((text) => text.startsWith(` ${pane}`));
			assert.ok(line, `${pane} is one line:\n${screen.frame()}`);
			assert.match(line, /\(no tasks match\)/);
		}
		assert.match(screen.frame(), /web-01/);
	});
}
