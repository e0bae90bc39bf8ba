// The OSC 11 query on a pretend terminal: what is written, when the wait ends (the answer, the
// device-attributes sentinel, or the timeout on a hand-driven clock), and that keys typed meanwhile are kept.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {queryBackground} from '../../source/terminal/background-query.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {TestStdin} from '../tui/render-screen.js';

const query = '\u001b]11;?\u0007';
const attributes = '\u001b[c';
const attributesReply = '\u001b[?62;22c';

class RawStdin extends TestStdin {
	raw: boolean[] = [];
	override setRawMode(...args: [mode?: boolean]) {
		this.raw.push(args[0] === true);
	}
}

function start(passthrough = false) {
	const stdin = new RawStdin();
	const written: string[] = [];
	const timers = createManualTimers();
	let settled = false;
	const answer = queryBackground(stdin, {write: (chunk: string) => written.push(chunk)}, {timers, passthrough}).then((value) => {
		settled = true;
		return value;
	});
	return {stdin, written, timers, answer, settled: () => settled};
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('asking the terminal for its background', () => {
	test('writes OSC 11 then device attributes, in raw mode, and takes the answer (BEL-terminated)', async () => {
		const {stdin, written, answer, timers} = start();
		assert.deepEqual(written, [query + attributes]);
		assert.deepEqual(stdin.raw, [true], 'raw mode on, and left on for the screen');
		stdin.write(`\u001b]11;rgb:ffff/ffff/ffff\u0007${attributesReply}`);
		const {reply, typed} = await answer;
		assert.equal(reply, 'rgb:ffff/ffff/ffff');
		assert.equal(typed, '');
		assert.equal(timers.pending, 0, 'the timeout is cleared');
		assert.equal(stdin.listenerCount('readable'), 0, 'stdin is left for the screen');
	});

	test('takes an ST-terminated answer, and keeps keys typed around it', async () => {
		const {stdin, answer} = start();
		stdin.write('j');
		stdin.write('\u001b]11;rgb:00/00/00\u001b\\');
		const {reply, typed} = await answer;
		assert.equal(reply, 'rgb:00/00/00');
		assert.equal(typed, 'j');
	});

	test('a terminal that answers only device attributes has no answer: the wait ends at once, not at the timeout', async () => {
		const {stdin, answer, timers} = start();
		stdin.write(attributesReply);
		const {reply} = await answer;
		assert.equal(reply, undefined);
		assert.equal(timers.pending, 0);
	});

	test('a terminal that answers nothing: the wait ends at the timeout (200 ms), and a late answer is still taken out', async () => {
		const {answer, timers, settled} = start();
		await tick();
		assert.equal(settled(), false);
		assert.deepEqual(timers.delays(), [200]);
		timers.advance(200);
		const {reply, filter} = await answer;
		assert.equal(reply, undefined);
		assert.equal(filter.push(`\u001b]11;rgb:ffff/ffff/ffff\u001b\\${attributesReply}r`), 'r', 'the late answer is dropped, the key is kept');
	});

	test('in tmux with passthrough, the question also goes to the outer terminal, and tmux’s own reply does not end the wait', async () => {
		const {stdin, written, answer, settled} = start(true);
		assert.deepEqual(written, [`${query}\u001bPtmux;\u001b\u001b]11;?\u0007\u001b\\${attributes}`]);
		stdin.write(attributesReply);
		await tick();
		assert.equal(settled(), false, 'the outer terminal answers after tmux');
		stdin.write('\u001b]11;rgb:fdfd/f6f6/e3e3\u0007');
		assert.equal((await answer).reply, 'rgb:fdfd/f6f6/e3e3');
	});
});
