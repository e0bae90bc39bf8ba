// `?` on a small terminal: every key's whole description can be read (wrapped, never cut with an ellipsis), and
// the colour words say what this theme really draws.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {keymap} from '../../source/tui/keys/keymap.js';
import {helpLines} from '../../source/tui/components/HelpOverlay.js';
import {createTheme} from '../../source/tui/theme.js';
import {cutoverStore} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const normalise = (text: string) => text.replaceAll(/\s+/g, ' ').trim();

test('at 80×24 the help wraps each description: every key reads whole, nothing is cut with …', async () => {
	screen = renderScreen(cutoverStore(), {columns: 80, rows: 24});
	await screen.press('?');
	const seen: string[] = [];
	for (let page = 0; page < 20; page++) {
		const inner = screen.lines().slice(2, 22);
		for (const line of inner) assert.ok(!line.includes('…'), `no help line is cut: ${line}`);
		seen.push(...inner.map((line) => line.slice(1, -1)));
		if (/(\d+)-(\d+) of \2/.test(screen.lines()[22] ?? '')) break;
		await screen.press(keys.pageDown);
	}
	// The description column starts after the key column; join the wrapped lines back into one text.
	const text = normalise(seen.map((line) => line.slice(15)).join(' '));
	for (const binding of keymap) assert.ok(text.includes(normalise(binding.description)), `help at 80 columns reads: ${binding.description}`);
});

test("the symbols' colour words are this theme's colours, and none without colour", () => {
	const words = (theme: ReturnType<typeof createTheme>) =>
		helpLines(theme)
			.map((line) => ('text' in line ? line.text : ''))
			.join('\n');
	const dark = words(createTheme({color: true, ascii: false, theme: 'dark'}));
	assert.match(dark, /active \(yellow\)/);
	const light = words(createTheme({color: true, ascii: false, theme: 'light'}));
	assert.match(light, /active \(blue\)/);
	assert.doesNotMatch(light, /yellow|green|grey/);
	const plain = words(createTheme({color: false, ascii: false}));
	assert.doesNotMatch(plain, /yellow|red\)|green|grey|magenta|blue/);
});
