// Terminal replies taken out of the input: what is left is what was typed, byte for byte.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createReplyFilter, type Reply} from '../../source/terminal/replies.js';

function filterAll(chunks: string[]): {typed: string; replies: Reply[]} {
	const replies: Reply[] = [];
	const filter = createReplyFilter((reply) => replies.push(reply));
	return {typed: chunks.map((chunk) => filter.push(chunk)).join(''), replies};
}

describe('the reply filter', () => {
	test('takes out OSC 11 answers ended by BEL or by ST, and device attributes, keeping the keys around them', () => {
		const {typed, replies} = filterAll(['j\u001b]11;rgb:ffff/ffff/ffff\u0007k', '\u001b]11;rgb:00/00/00\u001b\\q\u001b[?62;22c/']);
		assert.equal(typed, 'jkq/');
		assert.deepEqual(replies, [
			{kind: 'osc', code: 11, payload: 'rgb:ffff/ffff/ffff'},
			{kind: 'osc', code: 11, payload: 'rgb:00/00/00'},
			{kind: 'device-attributes'},
		]);
	});

	test('holds a reply split across reads until it completes', () => {
		const answer = {kind: 'osc', code: 11, payload: 'rgb:ffff/ffff/ffff'};
		assert.deepEqual(filterAll(['x\u001b]11;rg', 'b:ffff/ff', 'ff/ffff\u001b', '\\j']), {typed: 'xj', replies: [answer]});
		assert.deepEqual(filterAll(['\u001b[?6', '2;c']), {typed: '', replies: [{kind: 'device-attributes'}]});
		// Split right after its ESC: that ESC has gone on (a lone ESC is the Escape key far more often), the rest is still taken out.
		assert.deepEqual(filterAll(['\u001b', ']11;rgb:ffff/ffff/ffff\u0007j']), {typed: '\u001bj', replies: [answer]});
	});

	test('lets through what stops looking like a reply, and the keys that only start like one', () => {
		assert.equal(filterAll(['\u001b', '[A']).typed, '\u001b[A', 'an arrow key');
		assert.equal(filterAll(['\u001b']).typed, '\u001b', 'Escape is never held');
		assert.equal(filterAll(['\u001b]', 'j']).typed, '\u001b]j', 'Alt-] then j');
		assert.equal(filterAll(['\u001b]11;', '\r']).typed, '\u001b]11;\r');
		const long = `\u001b]11;${'x'.repeat(300)}`;
		assert.equal(filterAll([long.slice(0, 100), long.slice(100)]).typed, long, 'longer than any reply: never one');
	});
});
