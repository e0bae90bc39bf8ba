// The one scroll window behind the panes, the event log and the full-screen views (layout/scroll-window.ts):
// the cursor stays whole on screen, two-line rows count twice, the keys page and jump within bounds.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {scrollBy, scrollExtent, scrollWindow} from '../../source/tui/layout/scroll-window.js';

const lines = (spec: number[]) => (index: number) => spec[index]!;
const cursorAt = (previous: number, cursor: number, total: number, room: number) => scrollWindow({previous, cursor, total, room}).offset;

describe('scroll window', () => {
	test('keeps the cursor in view, moving as little as it can', () => {
		assert.equal(cursorAt(0, 5, 100, 10), 0);
		assert.equal(cursorAt(0, 10, 100, 10), 1);
		assert.equal(cursorAt(30, 35, 100, 10), 30);
		assert.equal(cursorAt(30, 12, 100, 10), 12);
		assert.equal(cursorAt(0, 99, 100, 10), 90);
	});

	test('clamps when the list shrinks under it', () => {
		assert.equal(cursorAt(90, 3, 5, 10), 0);
		assert.equal(cursorAt(90, 40, 50, 10), 40);
	});

	test('two-line rows count twice; the cursor row is always whole on screen', () => {
		const spec = [2, 1, 1, 2, 1, 1, 1];
		const at = (previous: number, cursor: number) => scrollWindow({previous, cursor, total: 7, room: 5, linesOf: lines(spec)});
		assert.deepEqual(at(0, 0), {offset: 0, count: 3});
		assert.deepEqual(at(0, 3), {offset: 1, count: 4});
		assert.deepEqual(at(5, 1), {offset: 1, count: 4});
		// The cursor one past the bottom: the window moves just enough to show it, two-line row included.
		assert.deepEqual(at(0, 2), {offset: 0, count: 3});
		assert.deepEqual(at(1, 5), {offset: 2, count: 4});
		// The last row selected: the window ends on it, with no blank lines after.
		assert.deepEqual(at(0, 6), {offset: 3, count: 4});
	});

	test('no blank lines at the end while earlier rows are scrolled off', () => {
		assert.deepEqual(scrollWindow({previous: 6, cursor: -1, total: 7, room: 5, linesOf: lines([1, 1, 1, 1, 1, 1, 1])}), {offset: 2, count: 5});
	});

	test('a view without a cursor shows from where it was scrolled, never past its last full page', () => {
		assert.deepEqual(scrollWindow({previous: 0, cursor: -1, total: 30, room: 10}), {offset: 0, count: 10});
		assert.deepEqual(scrollWindow({previous: 12, cursor: -1, total: 30, room: 10}), {offset: 12, count: 10});
		assert.deepEqual(scrollWindow({previous: Number.POSITIVE_INFINITY, cursor: -1, total: 30, room: 10}), {offset: 20, count: 10});
		assert.deepEqual(scrollWindow({previous: 5, cursor: -1, total: 4, room: 10}), {offset: 0, count: 4});
	});

	test('nothing to show, or no room: an empty window', () => {
		assert.deepEqual(scrollWindow({previous: 3, cursor: 0, total: 0, room: 10}), {offset: 0, count: 0});
		assert.deepEqual(scrollWindow({previous: 3, cursor: 2, total: 10, room: 0}), {offset: 0, count: 0});
	});
});

describe('scroll keys', () => {
	test('a view that moves its window stops at the last full page; one that moves a cursor, at its last row', () => {
		assert.equal(scrollExtent(30, 10, 'window'), 20);
		assert.equal(scrollExtent(30, 10, 'cursor'), 29);
		assert.equal(scrollExtent(4, 10, 'window'), 0);
		assert.equal(scrollExtent(0, 10, 'cursor'), 0);
	});

	test('page down, page up and the ends stay within 0..extent', () => {
		const max = scrollExtent(30, 10, 'window');
		assert.equal(scrollBy(0, 10, max), 10);
		assert.equal(scrollBy(10, 10, max), 20);
		assert.equal(scrollBy(20, 10, max), 20, 'page down at the end stays at the end');
		assert.equal(scrollBy(20, -10, max), 10);
		assert.equal(scrollBy(5, -10, max), 0, 'page up near the top stops at the top');
		assert.equal(scrollBy(7, Number.POSITIVE_INFINITY, max), 20, 'End');
		assert.equal(scrollBy(7, Number.NEGATIVE_INFINITY, max), 0, 'Home');
	});

	test('before a view has rendered its extent is unknown: the keys scroll it unbounded, the next known extent clamps first', () => {
		const unknown = Number.POSITIVE_INFINITY;
		const end = scrollBy(0, Number.POSITIVE_INFINITY, unknown);
		assert.equal(end, Number.POSITIVE_INFINITY);
		// Once rendered (extent 20), one line up from the end is 19, not infinity minus one.
		assert.equal(scrollBy(end, -1, 20), 19);
	});
});
