// --theme auto inside a real tmux (a private server on its own socket), running the built CLI: the question
// goes out before the screen, nothing of any answer shows in the pane or acts as a key, and the palette
// follows the background. tmux ≥ 3.4 answers OSC 11 with the pane's colour (window-style bg here); older
// tmux does not answer, and COLORFGBG (set to agree) decides. Either way the pane must come out the same.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {after, test} from 'node:test';
import {cliPath} from '../helpers/run-cli.js';

const socket = `cutwatch-bg-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
const available = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0;
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

after(() => {
	if (available) tmux('kill-server');
});

async function paneOf(session: string, background: 'white' | 'black', colorFgBg: string): Promise<{plain: string; styled: string}> {
	// Without CI in the environment: supports-color turns colour off under CI (the CI run sets it), as it should there.
	const command = ['env', '-u', 'CI', `COLORFGBG=${colorFgBg}`, 'TERM=screen', process.execPath, cliPath, '--demo', '--no-title'].map(quote).join(' ');
	assert.equal(tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', command).status, 0);
	tmux('set-option', '-t', session, 'window-style', `bg=${background}`);
	const deadline = Date.now() + 20_000;
	let plain = '';
	while (!plain.includes('import-snap-')) {
		if (Date.now() > deadline) throw new Error(`no tasks on screen:\n${plain}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
		plain = tmux('capture-pane', '-p', '-t', session).stdout;
	}
	return {plain, styled: tmux('capture-pane', '-p', '-e', '-t', session).stdout};
}

test('a real tmux: the light palette on a light pane, the dark one on a dark pane, and no answer on screen', async (t) => {
	if (!available) {
		t.skip('tmux is not installed (apt-get install tmux): the real-tmux check did not run');
		return;
	}
	const light = await paneOf('light', 'white', '0;15');
	const dark = await paneOf('dark', 'black', '15;0');
	for (const {plain} of [light, dark]) {
		assert.doesNotMatch(plain, /rgb:|11;|\?6\d|\[c/, 'nothing of the question or an answer is on screen');
		assert.doesNotMatch(plain, /search "|refreshing/, 'no answer was taken for keys');
	}
	assert.match(light.styled, /\u001b\[34m/, 'blue: the light palette');
	assert.doesNotMatch(light.styled, /\u001b\[36m/, 'no cyan');
	assert.match(dark.styled, /\u001b\[36m/, 'cyan: the dark palette');
});
