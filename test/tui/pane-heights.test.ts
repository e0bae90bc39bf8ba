import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {TaskKind} from '../../source/model/task.js';
import {contentWidths, type RowNeed} from '../../source/tui/layout/pane-content.js';
import {stackHeights, type StackPane} from '../../source/tui/layout/pane-heights.js';
import {sourceKey, type TrackedTask} from '../../source/store/index.js';
import {scope, snapshot, storeTask} from './fixtures.js';

const rows = (...spec: Array<[number, 0 | 1 | 2]>): RowNeed[] => spec.map(([lines, tier]) => ({lines, tier}));
const many = (count: number, tier: 0 | 1 | 2, lines = 1) => rows(...Array.from({length: count}, () => [lines, tier] as [number, 0 | 1 | 2]));
const pane = (kind: TaskKind, need: RowNeed[], extra: Partial<StackPane> = {}): StackPane => ({
	kind,
	focused: false,
	idle: false,
	problem: 0,
	rows: need,
	...extra,
});
const sum = (heights: number[]) => heights.reduce((a, b) => a + b, 0);

describe('stacked pane heights', () => {
	test('they add up to the body exactly, and every pane holds all its rows when they fit', () => {
		const panes = [
			pane('import-snapshot', many(4, 2), {focused: true}),
			pane('export-image', many(2, 1)),
			pane('store-image', rows([2, 0], [1, 1])),
			pane('discovery-import', many(1, 1)),
		];
		const heights = stackHeights(38, panes);
		assert.equal(sum(heights), 38);
		// Chrome (3) + rows; the focused pane gets what is left.
		assert.deepEqual(heights.slice(1), [5, 6, 4]);
		assert.equal(heights[0], 38 - 15);
	});

	test('short of room: failures first in every pane, then active tasks in turns, then finished rows', () => {
		const panes = [
			pane('import-snapshot', [...rows([2, 0]), ...many(20, 1), ...many(8, 2)], {focused: true}),
			pane('export-image', [...many(3, 1), ...many(2, 2)]),
			pane('store-image', [...rows([1, 0]), ...many(4, 1), ...many(4, 2)]),
			pane('discovery-import', [...rows([2, 0], [2, 0]), ...many(2, 1)]),
		];
		const heights = stackHeights(38, panes);
		assert.equal(sum(heights), 38);
		assert.ok(heights[3]! >= 3 + 4, `both Discovery failures (two lines each) fit: ${heights}`);
		assert.ok(heights[2]! >= 3 + 1 + 1, `the store failure and an active row: ${heights}`);
		// Nothing finished is shown while an active task elsewhere is left out: 38 - 12 chrome = 26 rows.
		const shown = heights.map((height) => height - 3);
		assert.deepEqual(shown, [12, 3, 5, 6]);
	});

	test('a pane that never had a task is one line; so are the quietest when even chrome does not fit', () => {
		const idle = stackHeights(38, [pane('import-snapshot', many(5, 1), {focused: true}), pane('discovery-import', [], {idle: true})]);
		assert.deepEqual(idle, [37, 1]);
		const tight = stackHeights(13, [
			pane('import-snapshot', many(5, 1), {focused: true}),
			pane('export-image', many(2, 2)),
			pane('store-image', rows([2, 0])),
			pane('discovery-import', many(1, 1)),
		]);
		assert.equal(sum(tight), 13);
		assert.equal(tight[1], 1, 'finished-only exports become a summary line first');
		assert.ok(tight[2]! >= 5, `the failing store pane keeps its failure: ${tight}`);
	});
});

describe('content widths', () => {
	test('the widest id and name among the rows that can be on screen', () => {
		const tracked = (task: TrackedTask['task']): TrackedTask => ({
			key: task.id,
			sourceKey: sourceKey(task.kind, scope),
			task,
			firstSeenAt: 0,
			lastSeenAt: 0,
			lastProgressChangeAt: 0,
			history: [],
		});
		const list = [
			tracked(snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'db-01'})),
			tracked(snapshot('import-snap-1', {description: 'files-01 data disk'})),
			tracked(storeTask('ami-0123456789abcdef0')),
		];
		assert.deepEqual(contentWidths(list, 0, 2), {id: 29, name: 18});
		assert.deepEqual(contentWidths(list, 0, 1), {id: 29, name: 5});
	});
});
