// --theme auto on a terminal slow to answer: the query gives up, the screen starts, and the answer arrives
// later, into the screen's input. Unfiltered, its bytes are keys ('r' refreshes, 'g' jumps, '/' searches);
// through the stdin runTui hands Ink, they are dropped and keys typed around them still work.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {plainTerminal} from '../../source/terminal/index.js';
import {screenBackground} from '../../source/tui/terminal/screen-background.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {selectedLine} from './frame-checks.js';
import {cutoverStore} from './fixtures.js';
import {renderScreen, TestStdin, TestStdout, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const lateAnswer = '\u001b]11;rgb:ffff/ffff/ffff\u001b\\';

async function startAfterTimeout(env: NodeJS.ProcessEnv = {}) {
	const source = new TestStdin();
	const stdout = new TestStdout(120, 40, true);
	const timers = createManualTimers();
	const pending = screenBackground('auto', {stdin: source as unknown as NodeJS.ReadStream, stdout}, plainTerminal, env, timers);
	timers.advance(200);
	const input = await pending;
	return {source, stdout, input};
}

describe('a late answer to the background query', () => {
	test('unfiltered, it would be typed: a refresh and a search', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press(lateAnswer);
		assert.ok(screen.poller.refreshes > 0 || /search/i.test(screen.lines().at(-1)!), 'the threat is real');
	});

	test('is dropped before the keys: nothing refreshes, no search opens, the selection stays; keys around it work', async () => {
		const {source, stdout, input} = await startAfterTimeout({COLORFGBG: '0;15'});
		assert.equal(input.background, 'light', 'no answer in time: COLORFGBG decides');
		assert.deepEqual(stdout.frames, ['\u001b]11;?\u0007\u001b[c'], 'the question, and nothing else, before the screen');
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, stdin: source, inkStdin: input.stdin, ui: {theme: input.background}});
		const before = screen.frame();
		await screen.press(lateAnswer.slice(0, 9), lateAnswer.slice(9));
		assert.equal(screen.poller.refreshes, 0);
		assert.equal(screen.frame(), before, 'the screen did not change');
		await screen.press(`j${lateAnswer}\u001b[?62;22cj`);
		assert.match(selectedLine(screen.frame()), /db-02/, 'both j moved the selection');
		assert.equal(screen.poller.refreshes, 0);
		input.dispose();
		assert.equal(source.listenerCount('readable'), 0, 'stdin is let go after the screen');
	});
});
