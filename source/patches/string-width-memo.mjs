// string-width re-measures the same strings every frame: Ink's renderNodeToOutput calls widest-line (and so
// string-width, grapheme segmentation and an emoji regex) on every text node of every frame, and so do
// cli-truncate and cutwatch's own cells. This patch memoises string-width for calls without options (bounded:
// emptied at 20,000 strings); the width depends only on the string, so every result is unchanged.
import {freshCachesFlag} from './ink-shared-output-cache.mjs';

export const stringWidthMemo = {
	name: 'string-width-memo',
	packageName: 'string-width',
	file: 'index.js',
	marker: 'cutwatch patch: string-width-memo',
	edits: [
		{
			find: `export default function stringWidth(input, options = {}) {`,
			replace: `// cutwatch patch: string-width-memo. Widths of strings measured without options are remembered (a bounded
// map, emptied when full): the width depends only on the string.
const widthMemo = new Map();
const widthMemoLimit = 20_000;
const unmemoised = Symbol.for('${freshCachesFlag}');
export default function stringWidth(input, options) {
	if (options !== undefined || typeof input !== 'string' || globalThis[unmemoised] === true) {
		return measureStringWidth(input, options);
	}
	let width = widthMemo.get(input);
	if (width === undefined) {
		width = measureStringWidth(input);
		if (widthMemo.size >= widthMemoLimit) {
			widthMemo.clear();
		}
		widthMemo.set(input, width);
	}
	return width;
}

function measureStringWidth(input, options = {}) {`,
		},
	],
};
