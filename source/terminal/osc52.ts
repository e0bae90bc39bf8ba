// OSC 52: put text on the clipboard of the terminal the operator sits at (through SSH, and through tmux).
// The payload is base64, so it cannot end the sequence; it is still sanitised, because what lands on the
// clipboard gets pasted into a shell. Terminals drop large payloads silently, so it is capped and says so.
import {sanitize} from '../format/sanitize.js';
import {base64} from './osc-text.js';
import {tmuxPassthrough} from './tmux.js';

/** Bytes of text copied at most (its base64 is a third larger, within what xterm, tmux and kitty accept). */
export const clipboardLimitBytes = 56_000;

/**
 * direct: OSC 52 to the terminal. tmux-passthrough: OSC 52 inside tmux's passthrough. tmux-set-clipboard:
 * `tmux load-buffer -w -`, which puts the text in a tmux buffer and has tmux itself send OSC 52 to the outer
 * terminal (set-clipboard on or external; with external, tmux ignores an application's own OSC 52).
 */
export type ClipboardRoute = 'direct' | 'tmux-passthrough' | 'tmux-set-clipboard' | 'off';

export type Copy = {
	/** Exactly what is written to the terminal. */
	readonly sequence: string;
	/** Bytes of text on the clipboard (after sanitising and capping). */
	readonly bytes: number;
	readonly truncated: boolean;
};

/** Cuts UTF-8 text to at most `limit` bytes without splitting a character. */
function capUtf8(text: string, limit: number): {text: string; truncated: boolean} {
	const bytes = Buffer.from(text, 'utf8');
	if (bytes.length <= limit) return {text, truncated: false};
	let end = limit;
	while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
	return {text: bytes.subarray(0, end).toString('utf8'), truncated: true};
}

/**
 * Multi-line text (a JSON record) keeps its newlines; every other control, escape and bidi override goes.
 */
export function clipboardText(value: string): string {
	return value
		.split('\n')
		.map((line) => sanitize(line))
		.join('\n');
}

/** The text as it will land on the clipboard: sanitised, capped. */
export function clipboardPayload(value: string, limit = clipboardLimitBytes): {text: string; bytes: number; truncated: boolean} {
	const {text, truncated} = capUtf8(clipboardText(value), limit);
	return {text, bytes: Buffer.byteLength(text, 'utf8'), truncated};
}

export function osc52(value: string, route: 'direct' | 'tmux-passthrough', limit = clipboardLimitBytes): Copy {
	const {text, truncated} = capUtf8(clipboardText(value), limit);
	// 'c' = the clipboard selection; ST-terminated (ESC \), which tmux and every OSC 52 terminal accept.
	const plain = `\u001b]52;c;${base64(text)}\u001b\\`;
	const sequence = route === 'tmux-passthrough' ? tmuxPassthrough(plain) : plain;
	return {sequence, bytes: Buffer.byteLength(text, 'utf8'), truncated};
}
