import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Key} from 'ink';
import {keyOfCharacter, splitKeys} from '../../source/tui/keys/split-keys.js';

const plain = keyOfCharacter('a').key;
const names = (input: string, key: Key = plain) =>
	splitKeys(input, key).map(({input, key}) => (key.return ? 'Enter' : key.backspace ? 'BSpace' : key.tab ? 'Tab' : key.ctrl ? `C-${input}` : input));

test('a run of keys from one read is taken apart into the keys Ink would report one at a time', () => {
	assert.deepEqual(names('/erpx'), ['/', 'e', 'r', 'p', 'x']);
	assert.deepEqual(names('/\u0015\r'), ['/', 'C-u', 'Enter']);
	assert.deepEqual(names('jj\r\n\tq\u007f\b'), ['j', 'j', 'Enter', 'Tab', 'q', 'BSpace', 'BSpace']);
	assert.equal(splitKeys('G', plain)[0]!.input, 'G');
	assert.ok(splitKeys('xG', plain)[1]!.key.shift, 'a capital is Shift, as Ink reports it alone');
	assert.deepEqual(names('e\u0301👍🏽'), ['e\u0301', '👍🏽'], 'one grapheme is one key');
});

test('a single or modified key is passed on as Ink reported it', () => {
	const ctrl = {...plain, ctrl: true};
	assert.deepEqual(splitKeys('u', ctrl), [{input: 'u', key: ctrl}]);
	const meta = {...plain, meta: true};
	assert.deepEqual(splitKeys('jk', meta), [{input: 'jk', key: meta}]);
});
