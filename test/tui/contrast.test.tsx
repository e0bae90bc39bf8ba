// Readable on every terminal: each theme, rendered with colour on, uses only foreground/background pairs
// with WCAG contrast ≥ 4.5 for text (3 for border glyphs) on the standard xterm palette: dark on a black
// background, light on a white one. The pairs come from the frames' own SGR codes, so a colour set in a
// component that bypasses the theme is caught too.
import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {parseDeadline} from '../../source/model/deadline.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {cutoverStore, keyOf, minute, t0} from './fixtures.js';
import {keys, renderScreen, settle, type Screen} from './render-screen.js';
import {cellsOf, darkTerminal, lightTerminal, lowContrast, type Terminal} from './sgr-contrast.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const denied = {code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', hint: 'check IAM', throttled: false};

/** Every view the operator can reach, with a failing source (stale rows), a late deadline, a recap and a pause. */
async function framesOf(theme: 'dark' | 'light'): Promise<string[]> {
	const store = cutoverStore();
	const clock = createManualTimers(t0);
	const deadline = parseDeadline('+1m', t0)!;
	screen = renderScreen(store, {columns: 120, rows: 40, clock, ui: {color: true, theme, deadline}});
	const frames: string[] = [];
	const take = () => frames.push(screen!.frame());
	take();
	store.getState().pollFailed(keyOf.store, denied, t0 + 2 * minute, t0 + 7 * minute);
	await settle();
	take();
	const visits: string[][] = [['j'], [keys.enter], ['e'], ['?'], ['c'], ['w'], ['/', 'web'], ['3', keys.up, keys.enter], ['p'], ['z']];
	for (const visit of visits) {
		await screen.press(...visit);
		take();
		await screen.press(keys.escape);
		await screen.press(keys.escape);
	}
	screen.stdout.resize(30, 8);
	await settle();
	take();
	return frames;
}

describe('contrast of every colour pair on screen', () => {
	for (const [theme, terminal] of [
		['dark', darkTerminal],
		['light', lightTerminal],
	] as Array<['dark' | 'light', Terminal]>) {
		test(`the ${theme} theme on a ${terminal.name} background: text ≥ 4.5, borders ≥ 3`, async () => {
			const frames = await framesOf(theme);
			assert.ok(
				frames.some((frame) => cellsOf(frame).some((cell) => cell.fg !== undefined)),
				'the frames are coloured (else the check proves nothing)',
			);
			assert.deepEqual(lowContrast(frames, terminal), []);
		});
	}

	test('the light theme uses no yellow and no bright black (gray) for text', async () => {
		const frames = await framesOf('light');
		const yellowOrGray = frames
			.flatMap(cellsOf)
			.filter((cell) => (cell.fg === 3 || cell.fg === 11 || cell.fg === 8) && !/^[\s\u2500-\u257f]+$/.test(cell.text));
		assert.deepEqual(
			yellowOrGray.map((cell) => cell.text),
			[],
		);
	});
});
