// Every string that came from AWS passes through here before it reaches a terminal. Task names, tags and
// status messages are user-controlled data: an ESC/CSI/OSC sequence in a Name tag must never move the
// cursor, retitle the window, write the clipboard (OSC 52) or smuggle a link (OSC 8).
import stripAnsi from 'strip-ansi';

// C0 controls (newlines and tabs included: one value, one line), DEL, C1 controls (U+009B is a one-byte CSI
// on some terminals), bidi embeddings/overrides/isolates and marks (they reorder the rest of the row), the
// line/paragraph separators, and lone surrogates.
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const whitespaceControls = /[\t\n\r\v\f]+/g;

/** Terminal-safe single-line text: escape sequences removed, other controls dropped, whitespace folded. */
export function sanitize(value: unknown): string {
	if (value === undefined || value === null) return '';
	const text = typeof value === 'string' ? value : String(value);
	// Fast path: most AWS strings are plain printable ASCII.
	if (/^[\u0020-\u007e]*$/.test(text)) return text;
	return stripControls(stripAnsi(text).replace(whitespaceControls, ' ').replace(loneSurrogates, ''));
}

/** Drops every control character (the set above) and nothing else: for typed or pasted text and window titles. */
export function stripControls(text: string): string {
	return text.replace(controls, '');
}

/** JSON.stringify escapes C0 controls but leaves C1 and bidi controls raw; escape those too. */
export function terminalSafeJson(value: unknown, space?: number): string {
	return JSON.stringify(value, undefined, space).replace(
		/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
