// The patch that reuses a row's string when the same writes land on it (source/patches/ink-row-cache.mjs):
// Ink's Output must produce what it produces without the patch, for writes that overlap, clip wide characters
// in half, carry styles across lines and pass through transformers, frame after frame; and an unchanged row
// must not be composed again.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {patchTarget} from '../../source/patches/apply.mjs';
import {freshCachesFlag} from '../../source/patches/ink-shared-output-cache.mjs';
import {inkRowCache} from '../../source/patches/ink-row-cache.mjs';

const flag = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
afterEach(() => {
	delete flags[flag];
});

type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Transformer = (line: string, index: number) => string;
type InkOutput = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: Clip): void;
	unclip(): void;
	get(): {output: string; height: number};
};
type OutputClass = {new (options: {width: number; height: number}): InkOutput; prototype: {renderRow: (...args: unknown[]) => string}};

const {default: Output} = (await import(pathToFileURL(patchTarget(inkRowCache)).href)) as {default: OutputClass};

const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
const inverse: Transformer = (line) => `\u001b[7m${line}\u001b[27m`;
const numbered: Transformer = (line, index) => `${index}:${line}`;

/** One frame of writes: a bordered box, overlapping text, a clipped wide name, styled lines, transformers. */
function draw(output: InkOutput, step: number): void {
	output.write(0, 0, `┌${'─'.repeat(38)}┐`, {transformers: []});
	output.write(0, 1, '│\n│\n│\n│', {transformers: []});
	output.write(39, 1, '│\n│\n│\n│', {transformers: []});
	output.clip({x1: 1, x2: 39, y1: 1, y2: 5});
	output.write(1, 1, `${red('数据库-01 根磁盘')} ${step % 3}% ${'x'.repeat(step)}`, {transformers: [inverse]});
	// Lands on the second half of a wide character, and is clipped mid-character at the right edge.
	output.write(4, 1, '🚀', {transformers: []});
	output.write(30, 2, `ＦＵＬＬ　ＷＩＤＴＨ ${step}`, {transformers: []});
	output.write(-3, 3, `${red('line one\nline two')} and ${step}`, {transformers: [numbered, inverse]});
	output.unclip();
	output.clip({x1: 10, x2: 10});
	output.write(5, 4, 'clipped to nothing', {transformers: []});
	output.unclip();
	output.write(2, 5, step % 2 === 0 ? 'naïve café ﬁle' : '', {transformers: []});
	output.write(0, 7, 'below the output', {transformers: []});
}

function frames(): string[] {
	return Array.from({length: 6}, (_, step) => {
		const output = new Output({width: 40, height: 7});
		draw(output, step % 3);
		return output.get().output;
	});
}

test('rows composed from remembered writes are what Ink composes cell by cell', () => {
	flags[flag] = true;
	const unpatched = frames();
	delete flags[flag];
	const patched = frames();
	assert.match(unpatched[0]!, /数 .*🚀/, 'the rocket overwrote half of a wide character');
	assert.deepEqual(patched, unpatched);
});

test('a row written as before is not composed again', () => {
	const composed: string[] = [];
	const renderRow = Output.prototype.renderRow;
	Output.prototype.renderRow = function (this: unknown, ...args: unknown[]) {
		const line = renderRow.apply(this, args);
		composed.push(line);
		return line;
	};
	try {
		const frame = (text: string) => {
			const output = new Output({width: 30, height: 3});
			output.write(0, 0, 'a row that stays the same', {transformers: []});
			output.write(0, 1, text, {transformers: []});
			return output.get().output;
		};
		frame('progress 41 %');
		composed.length = 0;
		assert.equal(frame('progress 42 %'), 'a row that stays the same\nprogress 42 %\n');
		assert.deepEqual(composed, ['progress 42 %'], 'only the changed row');
	} finally {
		Output.prototype.renderRow = renderRow;
	}
});
