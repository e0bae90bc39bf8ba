// One Ink input event → the key presses it holds, in order. Ink splits a read of stdin at escape sequences,
// backspaces and Ctrl-C, but passes any other run of characters on whole, because it may be a paste: keys
// typed faster than they are read (a slow SSH link, tmux send-keys, key repeat) reach useInput as
// '/erpx', 'jj\r' or '/\x15\r'. Each character then gets the Key Ink would have given it typed alone
// (node_modules/ink/build/parse-keypress.js), so Ctrl-U, Enter and Tab inside a run still mean what they mean.
import type {Key} from 'ink';

export type KeyPress = {readonly input: string; readonly key: Key};

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** The key press of one character (one grapheme) typed alone, as Ink's useInput reports it. */
export function keyOfCharacter(character: string): KeyPress {
	// The grapheme segmenter keeps CR LF together: that is one Enter.
	if (character === '\r' || character === '\n' || character === '\r\n') return {input: '', key: {...noKey, return: true}};
	if (character === '\t') return {input: '', key: {...noKey, tab: true}};
	if (character === '\u007f' || character === '\b') return {input: '', key: {...noKey, backspace: true}};
	if (character === '\u001b') return {input: '', key: {...noKey, escape: true}};
	if (character === '\u0000') return {input: ' ', key: {...noKey, ctrl: true}};
	const code = character.length === 1 ? character.charCodeAt(0) : -1;
	if (code >= 0 && code < 0x20) {
		// Ctrl+letter (0x01–0x1a) or Ctrl+punctuation (0x1c–0x1f), named as Ink names them.
		return {input: String.fromCharCode(code + (code <= 26 ? 96 : 64)), key: {...noKey, ctrl: true}};
	}
	return {input: character, key: {...noKey, shift: /^[A-Z]$/.test(character)}};
}

/** Every key press in one input event, in the order typed. A single key (or a modified one) is itself. */
export function splitKeys(input: string, key: Key): KeyPress[] {
	if (key.ctrl || key.meta) return [{input, key}];
	const characters = [...segmenter.segment(input)].map((part) => part.segment);
	if (characters.length <= 1) return [{input, key}];
	return characters.map(keyOfCharacter);
}
