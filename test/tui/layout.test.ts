import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {taskKinds} from '../../source/model/task.js';
import {minColumns, minRows, rowColumns, screenLayout, taskRowsIn} from '../../source/tui/layout/layout.js';
import {localeNeedsAscii} from '../../source/tui/terminal/locale.js';
import {formatMinutes} from '../../source/tui/hooks/units.js';

describe('screen layout', () => {
	test('80×24: the focused pane takes the body, the other three are one summary line each', () => {
		const layout = screenLayout(80, 24, taskKinds, 'store-image');
		assert.equal(layout.mode, 'focus');
		if (layout.mode !== 'focus') return;
		assert.deepEqual(layout.collapsed, ['import-snapshot', 'export-image', 'discovery-import']);
		assert.equal(layout.focused.kind, 'store-image');
		// header + 3 summaries + pane + hints = the terminal's height, not a line more
		assert.equal(1 + layout.collapsed.length + layout.focused.height + 1, 24);
		assert.equal(layout.focused.width, 80);
	});

	test('200×50: all four panes in a 2×2 grid that exactly fills the body', () => {
		const layout = screenLayout(200, 50, taskKinds, 'import-snapshot');
		assert.equal(layout.mode, 'grid');
		if (layout.mode !== 'grid') return;
		assert.equal(layout.grid.length, 2);
		for (const row of layout.grid)
			assert.equal(
				row.reduce((sum, box) => sum + box.width, 0),
				200,
			);
		assert.equal(
			layout.grid.reduce((sum, row) => sum + row[0]!.height, 0),
			48,
		);
	});

	test('an odd terminal size still adds up exactly', () => {
		const layout = screenLayout(161, 41, taskKinds, 'import-snapshot');
		assert.equal(layout.mode, 'grid');
		if (layout.mode !== 'grid') return;
		for (const row of layout.grid)
			assert.equal(
				row.reduce((sum, box) => sum + box.width, 0),
				161,
			);
		assert.equal(
			layout.grid.reduce((sum, row) => sum + row[0]!.height, 0),
			39,
		);
	});

	test('only watched panes are laid out; one pane gets the whole body', () => {
		const layout = screenLayout(200, 50, ['store-image'], 'import-snapshot');
		assert.equal(layout.mode, 'focus');
		if (layout.mode !== 'focus') return;
		assert.equal(layout.focused.kind, 'store-image');
		assert.equal(layout.focused.height, 48);
	});

	test('below the minimum the layout says so', () => {
		assert.equal(screenLayout(minColumns - 1, 40, taskKinds, 'import-snapshot').mode, 'too-small');
		assert.equal(screenLayout(120, minRows - 1, taskKinds, 'import-snapshot').mode, 'too-small');
		assert.equal(screenLayout(minColumns, minRows, taskKinds, 'import-snapshot').mode, 'focus');
	});

	test('a pane loses a task row to a failing source line, never its chrome', () => {
		assert.equal(taskRowsIn(20, false), 17);
		assert.equal(taskRowsIn(20, true), 16);
	});
});

describe('row columns', () => {
	test('at every width and kind the columns and gaps add up to the row width exactly', () => {
		const scopes = [undefined, {parts: 'region', full: 14, compact: 5}, {parts: 'both', full: 20, compact: 11}] as const;
		for (const kind of taskKinds) {
			for (const scope of scopes)
				for (let width = minColumns - 2; width <= 260; width++) {
					const c = rowColumns(width, kind, scope);
					if (scope !== undefined) assert.equal(c.scope, width >= 120 ? scope.full : c.scope, `${kind} at ${width}: full region names on a wide pane`);
					const total =
						c.cursor +
						(c.scope > 0 ? c.scope + 1 : 0) +
						c.id +
						1 +
						c.name +
						1 +
						c.badge +
						1 +
						c.gauge +
						1 +
						c.percent +
						(c.eta > 0 ? 1 + c.eta : 0) +
						(c.age > 0 ? 1 + c.age : 0) +
						(c.message > 0 ? 1 + c.message : 0);
					assert.equal(total, width, `${kind} at ${width}: ${JSON.stringify(c)}`);
					assert.ok(c.name >= 8, `${kind} at ${width}: name column ${c.name}`);
					assert.equal(c.gauge, 10, 'the gauge keeps its fixed width');
				}
		}
	});

	test('a wide pane shows ids in full; a narrow one keeps the ETA, dropping the age first', () => {
		assert.equal(rowColumns(118, 'import-snapshot').id, 29);
		assert.equal(rowColumns(118, 'store-image').id, 21);
		assert.ok(rowColumns(118, 'store-image').age > 0);
		const narrow = rowColumns(78, 'store-image');
		assert.ok(narrow.eta > 0);
		assert.equal(narrow.age, 0);
	});

	test('every kind gets an age column on a wide pane (imports and exports: how long they have been seen)', () => {
		for (const kind of taskKinds) assert.equal(rowColumns(118, kind).age, 6, kind);
	});

	test('ids and names take what their longest visible value needs; the message takes the rest', () => {
		const c = rowColumns(118, 'import-snapshot', undefined, {id: 29, name: 18});
		assert.equal(c.id, 29);
		assert.equal(c.name, 18);
		assert.equal(c.message, 118 - 46 - 29 - 18 - 1);
		// Names are capped: beyond that they only pad, and the room goes to the message.
		const long = rowColumns(118, 'import-snapshot', undefined, {id: 29, name: 90});
		assert.equal(long.name, 30);
		assert.equal(long.message, 12, 'the name gives way to keep a message column');
	});

	test('short of room the name shrinks first; the id is cut only when nothing else can give', () => {
		const at78 = rowColumns(78, 'import-snapshot', undefined, {id: 29, name: 18});
		assert.equal(at78.id, 29, 'whole id at 80 columns');
		assert.ok(at78.name >= 8 && at78.name < 18);
		const at40 = rowColumns(40, 'import-snapshot', undefined, {id: 29, name: 18});
		assert.ok(at40.id < 29, 'cut only on a very narrow pane');
		assert.equal(at40.name, 8);
	});
});

describe('locale', () => {
	test('ASCII unless the governing locale variable says UTF-8 (LC_ALL, then LC_CTYPE, then LANG)', () => {
		assert.equal(localeNeedsAscii({LANG: 'en_US.UTF-8'}), false);
		assert.equal(localeNeedsAscii({LANG: 'de_DE.utf8'}), false);
		assert.equal(localeNeedsAscii({}), true);
		assert.equal(localeNeedsAscii({LANG: 'C'}), true);
		assert.equal(localeNeedsAscii({LANG: 'en_US.UTF-8', LC_ALL: 'C'}), true);
		assert.equal(localeNeedsAscii({LANG: 'C', LC_CTYPE: 'en_US.UTF-8'}), false);
		assert.equal(localeNeedsAscii({LANG: 'en_US.UTF-8', LC_ALL: ''}), false);
		assert.equal(localeNeedsAscii({LANG: 'en_US.ISO-8859-1'}), true);
	});
});

describe('durations', () => {
	test('whole minutes in at most six columns', () => {
		const minute = 60_000;
		assert.equal(formatMinutes(59_999), '<1m');
		assert.equal(formatMinutes(12 * minute + 59_000), '12m');
		assert.equal(formatMinutes(65 * minute), '1h 05m');
		assert.equal(formatMinutes(13 * 60 * minute + 5 * minute), '13h');
		assert.equal(formatMinutes(50 * 60 * minute), '2d 2h');
	});
});
