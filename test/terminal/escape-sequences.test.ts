// Every escape sequence cutwatch writes of its own, fed hostile strings, checked on the raw bytes: one
// sequence, its own terminator only at the end, nothing inside that a terminal would act on.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {clipboardPayload, clipboardRoute, notifyProtocolFor, notifySequence, notifyThroughTmux, osc52, tmuxPassthrough} from '../../source/terminal/index.js';

const hostile = [
	'\u001b]52;c;ZXZpbA==\u0007', // an OSC 52 of its own
	'\u001b[2J\u001b[H\u001b[31mred', // CSI: clear, home, colour
	'a\u0007b\u001b\\c\u009cd\u009b31me', // BEL, ST, C1 ST, C1 CSI
	'\u001bPtmux;\u001b\u001b]52;c;eA==\u0007\u001b\\', // a tmux passthrough of its own
	'x;y;z\u202etxt.exe\u2066', // separators and bidi overrides
	'line1\nline2\r\n\ttab',
	'\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\',
	'名前 🚀 émoji',
	'\ud800 lone surrogate',
];

/** Characters a terminal acts on: C0 (newline included), DEL, C1, and bidi controls. */
const active = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function unwrapTmux(sequence: string): string {
	assert.ok(sequence.startsWith('\u001bPtmux;'), JSON.stringify(sequence));
	assert.ok(sequence.endsWith('\u001b\\'));
	const inner = sequence.slice('\u001bPtmux;'.length, -2);
	// Inside the passthrough every ESC is doubled; a lone ESC would end it early.
	assert.ok(!/(?<!\u001b)\u001b(?!\u001b)/.test(inner.replace(/\u001b\u001b/g, '')), 'no lone ESC inside the passthrough');
	return inner.replace(/\u001b\u001b/g, '\u001b');
}

/** Splits one OSC sequence into its body, asserting the introducer and one terminator at the very end. */
function oscBody(sequence: string, number: string): string {
	const intro = `\u001b]${number};`;
	assert.ok(sequence.startsWith(intro), JSON.stringify(sequence));
	const st = sequence.endsWith('\u001b\\') ? 2 : sequence.endsWith('\u0007') ? 1 : 0;
	assert.ok(st > 0, 'terminated by ST or BEL');
	const body = sequence.slice(intro.length, -st);
	assert.ok(!active.test(body), `nothing active inside: ${JSON.stringify(body)}`);
	return body;
}

describe('OSC 52 copy', () => {
	for (const text of hostile) {
		test(`raw bytes for ${JSON.stringify(text)}`, () => {
			for (const route of ['direct', 'tmux-passthrough'] as const) {
				const copy = osc52(text, route);
				const plain = route === 'tmux-passthrough' ? unwrapTmux(copy.sequence) : copy.sequence;
				const body = oscBody(plain, '52');
				assert.match(body, /^c;[A-Za-z0-9+/]*={0,2}$/);
				const pasted = Buffer.from(body.slice(2), 'base64').toString('utf8');
				assert.ok(
					!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(pasted),
					`clipboard holds nothing active: ${JSON.stringify(pasted)}`,
				);
				assert.equal(copy.bytes, Buffer.byteLength(pasted));
			}
		});
	}

	test('large payloads are capped on a character boundary and say so', () => {
		const copy = osc52('é'.repeat(40_000), 'direct', 1001);
		const pasted = Buffer.from(oscBody(copy.sequence, '52').slice(2), 'base64').toString('utf8');
		assert.deepEqual([copy.truncated, copy.bytes, pasted], [true, 1000, 'é'.repeat(500)]);
		assert.equal(osc52('short', 'direct').truncated, false);
	});

	test("tmux's load-buffer path gets the same sanitised text", () => {
		for (const text of hostile) {
			const payload = clipboardPayload(text);
			assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(payload.text), JSON.stringify(payload.text));
			assert.equal(payload.bytes, Buffer.byteLength(payload.text));
		}
	});

	test('a JSON record keeps its lines', () => {
		const copy = osc52('{\n  "a": 1\n}', 'direct');
		assert.equal(Buffer.from(oscBody(copy.sequence, '52').slice(2), 'base64').toString(), '{\n  "a": 1\n}');
	});

	test('route: direct outside tmux, passthrough when allowed, set-clipboard otherwise, off when neither or disabled', () => {
		assert.equal(clipboardRoute(false, {}, true), 'direct');
		assert.equal(clipboardRoute(true, {allowPassthrough: 'on', setClipboard: 'off'}, true), 'tmux-passthrough');
		assert.equal(clipboardRoute(true, {allowPassthrough: 'off', setClipboard: 'external'}, true), 'tmux-set-clipboard');
		assert.equal(clipboardRoute(true, {allowPassthrough: 'all'}, true), 'tmux-passthrough');
		assert.equal(clipboardRoute(true, {allowPassthrough: 'off', setClipboard: 'off'}, true), 'off');
		assert.equal(clipboardRoute(false, {}, false), 'off');
	});
});

describe('notifications', () => {
	for (const text of hostile) {
		test(`raw bytes for ${JSON.stringify(text)}`, () => {
			for (const viaTmux of [false, true]) {
				const unwrap = (sequence: string) => (viaTmux ? unwrapTmux(sequence) : sequence);
				const nine = oscBody(unwrap(notifySequence(text, 'osc9', viaTmux)), '9');
				assert.ok(nine.startsWith('cutwatch: '), 'never an OSC 9 sub-command');

				const seven = oscBody(unwrap(notifySequence(text, 'osc777', viaTmux)), '777');
				assert.equal(seven.split(';').length, 3, `notify;title;body and no more fields: ${seven}`);

				// kitty: two sequences, title and body, both base64.
				const kitty = unwrap(notifySequence(text, 'osc99', viaTmux));
				const parts = kitty.split('\u001b\\').filter((part) => part !== '');
				assert.equal(parts.length, 2);
				for (const part of parts) {
					const body = oscBody(`${part}\u001b\\`, '99');
					assert.match(body, /^i=cutwatch:d=[01]:e=1:p=(title|body);[A-Za-z0-9+/]*={0,2}$/);
					assert.ok(!active.test(Buffer.from(body.split(';')[1]!, 'base64').toString()));
				}
			}
		});
	}

	test('the protocol follows the terminal', () => {
		assert.equal(notifyProtocolFor({TERM: 'xterm-kitty'}), 'osc99');
		assert.equal(notifyProtocolFor({KITTY_WINDOW_ID: '1', TERM: 'tmux-256color'}), 'osc99');
		assert.equal(notifyProtocolFor({TERM: 'foot'}), 'osc777');
		assert.equal(notifyProtocolFor({TERM: 'rxvt-unicode-256color'}), 'osc777');
		assert.equal(notifyProtocolFor({TERM_PROGRAM: 'ghostty'}), 'osc777');
		assert.equal(notifyProtocolFor({TERM_PROGRAM: 'iTerm.app'}), 'osc9');
		assert.equal(notifyProtocolFor({LC_TERMINAL: 'iTerm2'}), 'osc9');
		assert.equal(notifyProtocolFor({WT_SESSION: 'x'}), 'osc9');
		assert.equal(notifyThroughTmux(true, {allowPassthrough: 'off'}), false);
		assert.equal(notifyThroughTmux(true, {allowPassthrough: 'on'}), true);
	});

	test('tmux passthrough doubles every ESC', () => {
		assert.equal(tmuxPassthrough('\u001b]9;x\u0007'), '\u001bPtmux;\u001b\u001b]9;x\u0007\u001b\\');
	});
});
