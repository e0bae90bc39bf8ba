import {test} from 'node:test';
import assert from 'node:assert/strict';
import {sanitize, terminalSafeJson} from '../../source/format/sanitize.js';

const hostile = [
	['CSI colour and cursor moves', 'web\u001b[31m-01\u001b[2J\u001b[H'],
	['OSC 52 clipboard write', 'db\u001b]52;c;ZWNobyBwd25lZA==\u0007-02'],
	['OSC 8 hyperlink', '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\'],
	['OSC title with ST', '\u001b]0;pwned\u001b\\title'],
	['BEL', 'ding\u0007'],
	['C1 CSI', 'x\u009b31my'],
	['bidi override', 'abc\u202edcba\u202c'],
	['NUL', 'a\u0000b'],
] as const;

for (const [label, input] of hostile) {
	test(`sanitize removes ${label}`, () => {
		const out = sanitize(input);
		assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
	});
}

test('sanitize keeps visible text, CJK and emoji', () => {
	assert.equal(sanitize('web\u001b[31m-01'), 'web-01');
	assert.equal(sanitize('データ移行 🚚'), 'データ移行 🚚');
});

test('sanitize folds newlines and tabs into one line', () => {
	assert.equal(sanitize('ClientError:\nDisk\tvalidation failed'), 'ClientError: Disk validation failed');
});

test('sanitize drops lone surrogates but keeps pairs', () => {
	assert.equal(sanitize('a\ud800b'), 'ab');
	assert.equal(sanitize('😀'), '😀');
});

test('terminalSafeJson escapes C1 and bidi controls that JSON.stringify leaves raw', () => {
	const json = terminalSafeJson({name: 'x\u009b31m\u202e'});
	assert.doesNotMatch(json, /[\u0000-\u001f\u007f-\u009f\u202e]/);
	assert.deepEqual(JSON.parse(json), {name: 'x\u009b31m\u202e'});
});
