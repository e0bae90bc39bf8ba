// Ink flattens every <Text> afresh on every frame: squashTextNodes concatenates its children, runs each
// nested <Text>'s colour transform over its text, then scans the result for control characters and escape
// sequences (sanitizeAnsi) and rewrites C1 controls, at every level of nesting (at 100 tasks, 23 % of a frame
// after ink-row-cache, for rows that did not change). This patch remembers, on each node, the last text
// it squashed and the answer, and on each nested node the last text its transform was given and what came
// out: the sanitising depends only on the text, a transform (Ink's colours, a <Transform>) only on its
// function and its input, so the output is byte-identical while the rows that did not change cost a
// walk and a string comparison. Upstream form: README.md, "Performance".
import {freshCachesFlag} from './ink-shared-output-cache.mjs';

export const inkSquashMemo = {
	name: 'ink-squash-memo',
	packageName: 'ink',
	file: 'build/squash-text-nodes.js',
	marker: 'cutwatch patch: ink-squash-memo',
	edits: [
		{
			find: `                const transform = childNode.internal_transform;
                nodeText = nodeText
                    .split('\\n')
                    .map((line, lineIndex) => transform(line, lineIndex))
                    .join('\\n');`,
			replace: `                const transform = childNode.internal_transform;
                // cutwatch patch: ink-squash-memo. The same function given the same text gives the same text.
                const memo = childNode.internal_transformMemo;
                if (memo !== undefined && memo.transform === transform && memo.input === nodeText && remembering) {
                    nodeText = memo.output;
                }
                else {
                    const input = nodeText;
                    nodeText = nodeText
                        .split('\\n')
                        .map((line, lineIndex) => transform(line, lineIndex))
                        .join('\\n');
                    if (remembering) {
                        childNode.internal_transformMemo = { transform, input, output: nodeText };
                    }
                }`,
		},
		{
			find: `        text += nodeText;
    }`,
			replace: `        parts.push(nodeText);
    }`,
		},
		{
			find: `    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));`,
			replace: `    // The parts are the same string objects while nothing changed: compared without building the text.
    const memo = node.internal_squashMemo;
    if (memo !== undefined && remembering && sameParts(memo.parts, parts)) {
        return memo.output;
    }
    text = parts.join('');
    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));`,
		},
		{
			find: `        text = wrapAnsi(text, Infinity, { trim: false });
    }
    return text;`,
			replace: `        text = wrapAnsi(text, Infinity, { trim: false });
    }
    if (remembering) {
        node.internal_squashMemo = { parts, output: text };
    }
    return text;`,
		},
		{
			find: `const squashTextNodes = (node) => {`,
			replace: `const sameParts = (a, b) => {
    if (a.length !== b.length) {
        return false;
    }
    for (let index = 0; index < a.length; index++) {
        if (a[index] !== b[index]) {
            return false;
        }
    }
    return true;
};
const squashTextNodes = (node) => {
    const remembering = globalThis[Symbol.for('${freshCachesFlag}')] !== true;
    const parts = [];`,
		},
	],
};
