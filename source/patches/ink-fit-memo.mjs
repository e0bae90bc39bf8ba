// Ink fits every <Text> to its box on every frame: renderNodeToOutput measures the squashed text (widest-line)
// and, when it is wider than the box, truncates or wraps it (wrap-text's LRU, keyed by the whole text). For a
// text that did not change, in a box that did not change, the answer is the same: this patch remembers the
// last one on the node (the text, the box's width and the wrap mode are its whole input), so an unchanged row
// costs a comparison. Byte-identical output. Upstream form: README.md, "Performance".
import {freshCachesFlag} from './ink-shared-output-cache.mjs';

export const inkFitMemo = {
	name: 'ink-fit-memo',
	packageName: 'ink',
	file: 'build/render-node-to-output.js',
	marker: 'cutwatch patch: ink-fit-memo',
	edits: [
		{
			find: `        if (text.length > 0) {
            const currentWidth = widestLine(text);
            const maxWidth = getMaxWidth(yogaNode);
            if (currentWidth > maxWidth) {
                const textWrap = node.style.textWrap ?? 'wrap';
                text = wrapText(text, maxWidth, textWrap);
            }`,
			replace: `        if (text.length > 0) {
            // cutwatch patch: ink-fit-memo. The same text in the same width and wrap mode fits the same way.
            const maxWidth = getMaxWidth(yogaNode);
            const textWrap = node.style.textWrap ?? 'wrap';
            const remembering = globalThis[Symbol.for('${freshCachesFlag}')] !== true;
            const memo = node.internal_fitMemo;
            if (memo !== undefined && memo.input === text && memo.maxWidth === maxWidth && memo.textWrap === textWrap && remembering) {
                text = memo.output;
            }
            else {
                const input = text;
                const currentWidth = widestLine(text);
                if (currentWidth > maxWidth) {
                    text = wrapText(text, maxWidth, textWrap);
                }
                if (remembering) {
                    node.internal_fitMemo = { input, maxWidth, textWrap, output: text };
                }
            }`,
		},
	],
};
