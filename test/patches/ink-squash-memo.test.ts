// The patch that remembers what each <Text> squashed to (source/patches/ink-squash-memo.mjs): after any change
// to a text tree (a text value, a nested colour, a transform, a child added, hidden or removed) the squashed
// text must be what Ink computes afresh, and a tree that did not change must not be sanitised again.
import assert from 'node:assert/strict';
import {dirname, join} from 'node:path';
import {afterEach, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {patchTarget} from '../../source/patches/apply.mjs';
import {freshCachesFlag} from '../../source/patches/ink-shared-output-cache.mjs';
import {inkSquashMemo} from '../../source/patches/ink-squash-memo.mjs';

const flag = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
afterEach(() => {
	delete flags[flag];
});

type InkNode = {childNodes: InkNode[]; nodeValue?: string; internal_transform?: (line: string, index: number) => string};
const build = dirname(patchTarget(inkSquashMemo));
const load = async <T>(file: string) => (await import(pathToFileURL(join(build, file)).href)) as T;
const {default: squash} = await load<{default: (node: InkNode) => string}>('squash-text-nodes.js');
const dom = await load<{
	createNode: (name: string) => InkNode;
	createTextNode: (text: string) => InkNode;
	appendChildNode: (node: InkNode, child: InkNode) => void;
	removeChildNode: (node: InkNode, child: InkNode) => void;
	setTextNodeValue: (node: InkNode, text: string) => void;
	setTransform: (node: InkNode, transform: (line: string, index: number) => string) => void;
	setNodeHidden: (node: InkNode, hidden: boolean) => void;
}>('dom.js');

/** What Ink squashes the tree to with the memo switched off. */
function fresh(node: InkNode): string {
	flags[flag] = true;
	try {
		return squash(node);
	} finally {
		delete flags[flag];
	}
}

const color = (code: number) => (line: string, index: number) => `\u001b[${code}m${index}${line}\u001b[39m`;

test('a squashed text follows every change to its tree', () => {
	const root = dom.createNode('ink-text');
	const id = dom.createTextNode('import-snap-01 ');
	const badge = dom.createNode('ink-virtual-text');
	const badgeText = dom.createTextNode('active');
	const message = dom.createNode('ink-virtual-text');
	const messageText = dom.createTextNode(' converting\u009b31m\r\nline two\u0007');
	dom.appendChildNode(badge, badgeText);
	dom.appendChildNode(message, messageText);
	dom.appendChildNode(root, id);
	dom.appendChildNode(root, badge);
	dom.appendChildNode(root, message);
	dom.setTransform(badge, color(32));
	const steps: Array<[string, () => void]> = [
		['first', () => {}],
		['unchanged', () => {}],
		['a text value', () => dom.setTextNodeValue(badgeText, 'failed')],
		['a new transform', () => dom.setTransform(badge, color(31))],
		['the same text under a new transform function', () => dom.setTransform(badge, color(31))],
		['a nested transform', () => dom.setTransform(message, color(2))],
		['hidden', () => dom.setNodeHidden(message, true)],
		['shown again', () => dom.setNodeHidden(message, false)],
		['a child added', () => dom.appendChildNode(root, dom.createTextNode('\tage 3m'))],
		['a child removed', () => dom.removeChildNode(root, id)],
	];
	for (const [what, change] of steps) {
		change();
		const once = squash(root);
		const twice = squash(root);
		const expected = fresh(root);
		assert.equal(once, expected, what);
		assert.equal(twice, expected, `${what}, asked twice`);
	}
	assert.match(squash(root), /\u001b\[31m0failed/);
});

test('an unchanged tree is not transformed or sanitised again', () => {
	const root = dom.createNode('ink-text');
	const nested = dom.createNode('ink-virtual-text');
	dom.appendChildNode(nested, dom.createTextNode('42 %'));
	dom.appendChildNode(root, nested);
	let calls = 0;
	dom.setTransform(nested, (line) => {
		calls++;
		return `\u001b[1m${line}\u001b[22m`;
	});
	const first = squash(root);
	assert.equal(calls, 1);
	assert.equal(squash(root), first);
	assert.equal(calls, 1, 'the transform ran once');
	flags[flag] = true;
	squash(root);
	assert.equal(calls, 2, 'the switch back to published Ink works');
});
