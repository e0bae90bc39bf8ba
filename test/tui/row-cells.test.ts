import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import stringWidth from 'string-width';
import type {TrackedTask} from '../../source/store/index.js';
import {sourceKey} from '../../source/store/index.js';
import {gaugeParts} from '../../source/tui/text/gauge.js';
import {rowColumns} from '../../source/tui/layout/layout.js';
import {reasonMoreAt, rowCells, rowLineCount} from '../../source/tui/layout/row-cells.js';
import {createTheme} from '../../source/tui/theme.js';
import {discoveryTask, failed, minute, scope, snapshot, storeTask, t0} from './fixtures.js';

const theme = createTheme({color: false, ascii: false});
const ascii = createTheme({color: false, ascii: true});

function tracked(task: TrackedTask['task'], extra: Partial<TrackedTask> = {}): TrackedTask {
	return {
		key: `${task.kind}|${task.id}`,
		sourceKey: sourceKey(task.kind, scope),
		task,
		firstSeenAt: t0,
		lastSeenAt: t0,
		lastProgressChangeAt: t0,
		history: [],
		...extra,
	};
}

const joined = (cells: ReturnType<typeof rowCells>) =>
	[cells.id, cells.name, cells.badge, cells.reason ?? `${cells.gaugeFilled}${cells.gaugeEmpty} ${cells.percent} ${cells.eta}`, cells.age, cells.message]
		.filter((part) => part !== '')
		.join(' ');

describe('task row cells', () => {
	const columns = rowColumns(118, 'import-snapshot');

	test('an active task: raw status, a fixed-width gauge with percent, ETA to the minute', () => {
		const cells = rowCells(tracked(snapshot('import-snap-0a1b2c3d4e5f6a7b8', {progress: 81})), columns, theme, t0 + 12 * minute, 6 * minute + 30_000);
		assert.equal(cells.badge.trimEnd(), '▶ active');
		assert.equal(cells.gaugeFilled + cells.gaugeEmpty, '████████░░');
		assert.equal(cells.percent, ' 81%');
		assert.equal(cells.eta.trim(), '~6m');
	});

	test("age counts from the task's own start time; without one (imports, exports) from when cutwatch first saw it", () => {
		const store = rowCells(
			tracked(storeTask('ami-0123456789abcdef0', {startedAt: new Date(t0 - 65 * minute)})),
			rowColumns(118, 'store-image'),
			theme,
			t0,
			undefined,
		);
		assert.equal(store.age.trim(), '1h 05m');
		const imported = rowCells(tracked(snapshot('import-snap-1'), {firstSeenAt: t0 - 30 * minute}), columns, theme, t0, undefined);
		assert.equal(imported.age.trim(), '30m', 'the SEEN column');
	});

	test('with --deadline, a task projected past it says so where its ETA goes, in red', () => {
		const task = tracked(snapshot('import-snap-1', {progress: 40}));
		const late = rowCells(task, columns, theme, t0, 65 * minute, false, t0 + 60 * minute);
		assert.equal(late.eta.trim(), '!1h 05m');
		assert.equal(late.etaTone, 'error');
		const onTime = rowCells(task, columns, theme, t0, 50 * minute, false, t0 + 60 * minute);
		assert.equal(onTime.eta.trim(), '~50m');
		assert.equal(onTime.etaTone, undefined);
	});

	test('a stalled task says so instead of an ETA', () => {
		const cells = rowCells(tracked(snapshot('import-snap-1', {progress: 47}), {stalledSince: t0}), columns, theme, t0, undefined);
		assert.equal(cells.eta.trim(), 'stalled');
		assert.equal(cells.etaTone, 'warn');
	});

	test('a failed task shows its failure reason inline, in red, where the gauge would be', () => {
		const cells = rowCells(tracked(failed('import-snap-2', {message: 'ClientError: Unsupported kernel version'})), columns, theme, t0, undefined);
		assert.equal(cells.badge.trimEnd(), '✗ deleted');
		assert.match(cells.reason ?? '', /^ClientError: Unsupported kernel version +$/, 'a wide pane has room for all of it');
		assert.equal(cells.message, '', 'the reason takes the message column too');
		const narrowColumns = rowColumns(90, 'import-snapshot', undefined, {id: 29, name: 10});
		const narrow = rowCells(tracked(failed('import-snap-2', {message: 'ClientError: Unsupported kernel version'})), narrowColumns, theme, t0, undefined);
		assert.match(narrow.reason ?? '', /^ClientError: Unsupported +$/, 'too long for the row: it wraps at a space');
		assert.match(narrow.reasonMore, /^kernel version +$/, 'onto a second line, whole');
		assert.equal(rowLineCount(tracked(failed('import-snap-2', {message: 'ClientError: Unsupported kernel version'})), narrowColumns), 2);
		assert.equal(rowLineCount(tracked(failed('import-snap-2', {message: 'ClientError: Unsupported kernel version'})), columns), 1);
		assert.equal(cells.reasonTone, 'error');
	});

	test('78 columns: the second line of a long reason starts at the left, carries as much as it can, and says what it hides', () => {
		const columns80 = rowColumns(78, 'import-snapshot', undefined, {id: 29, name: 18});
		const long = 'ClientError: Disk validation failed [Unsupported kernel version 2.6.32-754.35.1.el6.x86_64]';
		const cells = rowCells(tracked(failed('import-snap-2', {message: long})), columns80, theme, t0, undefined);
		assert.equal(reasonMoreAt(columns80), 3, 'near the left edge, indented');
		assert.equal(`${cells.reason} ${cells.reasonMore}`.replace(/\s+/g, ' ').trim(), long, 'two lines hold it whole');
		assert.equal(stringWidth(cells.reasonMore), 78 - 3);
		const longer = `${long}; the boot volume uses a partition layout VM Import cannot convert, and its initramfs has no virtio drivers for the target instance type`;
		const cut = rowCells(tracked(failed('import-snap-2', {message: longer})), columns80, theme, t0, undefined);
		const hidden = /… \+(\d+) more$/.exec(cut.reasonMore.trimEnd());
		assert.ok(hidden, `the second line says how much is hidden: ${cut.reasonMore}`);
		const shown = `${cut.reason} ${cut.reasonMore.trimEnd().replace(/ … \+\d+ more$/, '')}`.replace(/\s+/g, ' ').trim();
		assert.ok(longer.startsWith(shown), `what is shown is the reason's start:\n${shown}`);
		assert.equal(Number(hidden[1]), longer.length - shown.length - 1, 'and the count is right (the space at the cut not counted)');
		assert.equal(stringWidth(cut.reasonMore), 78 - 3);
	});

	test('a store task is known by its AMI and shows where it writes', () => {
		const c = rowColumns(118, 'store-image', undefined, {id: 21, name: 24});
		const cells = rowCells(
			tracked(storeTask('ami-0123456789abcdef0', {progress: 62})),
			rowColumns(118, 'store-image', undefined, {id: 21, name: 41}),
			theme,
			t0,
			undefined,
		);
		assert.equal(cells.id.trim(), 'ami-0123456789abcdef0');
		assert.match(cells.name, /^s3:\/\/ami-archive\/ami-0123.*…$/, 'capped: the rest of the row is for the reason');
		assert.equal(c.name, 24);
	});

	test('a Discovery import shows record counts and elapsed time, no percentage', () => {
		const c = rowColumns(118, 'discovery-import');
		const cells = rowCells(tracked(discoveryTask('import-task-0123456789abcdef0123456789abcdef', {succeeded: 312, failedRecords: 4})), c, theme, t0, undefined);
		assert.match(cells.reason ?? '', /^312 ok 4 fail +12m$/);
		assert.equal(cells.reasonTone, 'error');
		assert.equal(cells.percent, '');
	});

	test('a gone task is marked gone; a completed one without a percentage reads full', () => {
		const gone = rowCells(tracked(snapshot('import-snap-3'), {goneAt: t0}), columns, theme, t0, undefined);
		assert.equal(gone.badge.trim(), '· gone');
		const done = rowCells(tracked(snapshot('import-snap-4', {status: 'completed', category: 'completed', progress: undefined})), columns, theme, t0, undefined);
		assert.equal(done.gaugeFilled, '██████████');
		assert.equal(done.percent, '100%');
	});

	test('every cell is exactly its column, with CJK and emoji counted as two columns', () => {
		const wide = snapshot('import-snap-5', {description: 'データ移行サーバー 🚚 web-01 root disk with a long name'});
		const cells = rowCells(tracked(wide), columns, theme, t0, undefined);
		assert.equal(stringWidth(cells.name), columns.name);
		assert.equal(stringWidth(cells.id), columns.id);
		assert.equal(stringWidth(joined(cells)), columns.width - 1);
	});

	test('ids are shortened in the middle, keeping the distinctive tail', () => {
		const cells = rowCells(tracked(snapshot('import-snap-0a1b2c3d4e5f6a7b8')), rowColumns(48, 'import-snapshot'), theme, t0, undefined);
		assert.match(cells.id, /^import-.*….*a7b8$/);
		const plain = rowCells(tracked(snapshot('import-snap-0a1b2c3d4e5f6a7b8')), rowColumns(48, 'import-snapshot'), ascii, t0, undefined);
		assert.match(plain.id, /^import-.*~.*a7b8$/);
	});

	test('gauges: whole cells, 99 % never looks finished, no progress draws no bar', () => {
		assert.deepEqual(gaugeParts(99, 10, theme), {filled: '█████████', empty: '░'});
		assert.deepEqual(gaugeParts(100, 10, theme), {filled: '██████████', empty: ''});
		assert.deepEqual(gaugeParts(0, 10, ascii), {filled: '', empty: '..........'});
		assert.deepEqual(gaugeParts(undefined, 4, theme), {filled: '', empty: '    '});
	});
});
