// Against a real tmux (a private server on its own socket): cutwatch reads allow-passthrough and set-clipboard
// as they are set, and tmux's own clipboard path (load-buffer -w) receives exactly the sanitised text.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {after, test} from 'node:test';
import {clipboardPayload, clipboardRoute, detectTerminal, loadTmuxBuffer} from '../../source/terminal/index.js';

const socket = `cutwatch-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
const available = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0;

after(() => {
	if (available) tmux('kill-server');
});

test('a real tmux: options detected, and load-buffer -w gets the sanitised copy', async (t) => {
	if (!available) {
		t.skip('tmux is not installed (apt-get install tmux): the real-tmux check did not run');
		return;
	}
	assert.equal(tmux('new-session', '-d', '-x', '80', '-y', '24', 'sleep 60').status, 0);
	const path = tmux('display-message', '-p', '#{socket_path},#{pid},0').stdout.trim();
	const env = {...process.env, TMUX: path};

	tmux('set-option', '-g', 'allow-passthrough', 'off');
	tmux('set-option', '-g', 'set-clipboard', 'external');
	const plain = detectTerminal(env);
	assert.deepEqual([plain.inTmux, plain.tmux], [true, {allowPassthrough: 'off', setClipboard: 'external'}]);
	assert.equal(clipboardRoute(plain.inTmux, plain.tmux, true), 'tmux-set-clipboard');

	const copy = clipboardPayload('import-snap-0123\u001b]52;c;ZXZpbA==\u0007 \u202eevil');
	assert.equal(await loadTmuxBuffer(copy.text, env), true);
	assert.equal(tmux('show-buffer').stdout, 'import-snap-0123 evil');

	tmux('set-option', '-g', 'allow-passthrough', 'on');
	const passthrough = detectTerminal(env);
	assert.equal(clipboardRoute(passthrough.inTmux, passthrough.tmux, true), 'tmux-passthrough');
	assert.equal(detectTerminal({...env, TMUX: ''}).inTmux, false);
});
