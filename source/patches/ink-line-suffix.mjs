// Ink's incremental rendering repaints a changed line from its first changed column to the end of the line:
// a gauge moving one cell rewrites everything after it (ETA, age, message, the next pane of a grid row). This
// patch also leaves the line's unchanged tail on screen when the changed part keeps its width: it writes
// only the changed span, then resets the style (a later erase must not paint a colour). Lines with controls
// other than SGR, cuts inside an escape sequence or a grapheme, or a span whose width changes keep Ink's path.
import {freshCachesFlag} from './ink-shared-output-cache.mjs';

export const inkLineSuffix = {
	name: 'ink-line-suffix',
	packageName: 'ink',
	file: 'build/line-update.js',
	marker: 'cutwatch patch: ink-line-suffix',
	edits: [
		{
			find: `    const partial = ansiEscapes.cursorTo(column) +
        ansiEscapes.eraseEndLine +
        styles +
        next.slice(offset);`,
			replace: `    // cutwatch patch: ink-line-suffix. An unchanged tail of the same width stays on screen.
    const span = changedSpan(previous, next, offset);
    const partial = span === undefined
        ? ansiEscapes.cursorTo(column) + ansiEscapes.eraseEndLine + styles + next.slice(offset)
        : ansiEscapes.cursorTo(column) + styles + span + ((styles + span).includes('\\u001B[') ? '\\u001B[0m' : '');`,
		},
		{
			find: `// Build a changed line, leaving its identical styled prefix on screen when safe.`,
			replace: `// The changed middle of next (from offset, before the tail both lines share), when that tail can stay on
// screen: the middles are as wide, and the cut splits no escape sequence and no grapheme.
const sgrAtEnd = /\\u{1B}(\\[[\\d;]*)?$/u;
const joiner = /^[\\u{300}-\\u{36F}\\u{200D}\\u{FE0E}\\u{FE0F}\\u{DC00}-\\u{DFFF}\\u{1F3FB}-\\u{1F3FF}]/u;
function changedSpan(previous, next, offset) {
    if (globalThis[Symbol.for('${freshCachesFlag}')] === true) {
        return undefined;
    }
    let suffix = 0;
    const most = Math.min(previous.length, next.length) - offset;
    while (suffix < most && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) {
        suffix++;
    }
    if (suffix < 16) {
        return undefined;
    }
    const nextMiddle = next.slice(offset, next.length - suffix);
    const previousMiddle = previous.slice(offset, previous.length - suffix);
    const tail = next.slice(next.length - suffix);
    if (sgrAtEnd.test(nextMiddle) || sgrAtEnd.test(previousMiddle) || /^[\\d;]*m/u.test(tail) && /\\u{1B}\\[[\\d;]*$/u.test(nextMiddle) || joiner.test(tail)) {
        return undefined;
    }
    if (stringWidth(nextMiddle.replaceAll(sgr, '')) !== stringWidth(previousMiddle.replaceAll(sgr, ''))) {
        return undefined;
    }
    return nextMiddle;
}

// Build a changed line, leaving its identical styled prefix on screen when safe.`,
		},
	],
};
