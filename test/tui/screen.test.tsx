import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import stringWidth from 'string-width';
import {assertFits, columnOf, lineWith} from './frame-checks.js';
import {cutoverStore} from './fixtures.js';
import {renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const sizes = [
	[80, 24],
	[120, 40],
	[200, 50],
] as const;

describe('the screen at pinned sizes', () => {
	for (const [columns, rows] of sizes) {
		test(`${columns}×${rows}: exactly the terminal's size, header and key hints on it`, () => {
			screen = renderScreen(cutoverStore(), {columns, rows});
			const frame = screen.frame();
			assertFits(frame, columns, rows);
			const [header] = frame.split('\n');
			for (const text of ['cutwatch', 'prod', 'us-east-1', 'read-only', 'synced 12:00 UTC'])
				assert.ok(header!.includes(text), `header shows ${text}: ${header}`);
			assert.match(header!, /▶ ?5/);
			assert.match(header!, /✗ ?2/);
			assert.match(frame.split('\n').at(-1)!, /\? help +q quit/);
			// Bordered lines close exactly at the right edge.
			for (const line of frame.split('\n').filter((each) => /^[┃│┏┗┌└]/.test(each))) {
				assert.equal(stringWidth(line), columns, `border line is ${stringWidth(line)} wide: ${line}`);
			}
		});
	}

	test('200×50 shows all four panes, each titled with its counts and source state', () => {
		screen = renderScreen(cutoverStore(), {columns: 200, rows: 50});
		const frame = screen.frame();
		assert.match(lineWith(frame, '1 Snapshot imports'), /1 Snapshot imports +▶2 ✗1 ✓1 .* ok 12:00/);
		assert.match(lineWith(frame, '1 Snapshot imports'), /2 Image exports +▶1 ✗0 ✓1/);
		assert.match(lineWith(frame, '3 AMI store'), /3 AMI store +▶1 ✗1 ✓0 .*4 Discovery imports +▶1/);
		assert.match(lineWith(frame, 'batch-01'), /✗ deleted +ClientError: Unsupport/, 'a failure reason is inline');
		assert.match(lineWith(frame, 'ami-0456789abcdef0123'), /✗ Failed +Access denied to/, 'the other failure too');
	});

	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		test(`${columns}×${rows}: the panes stack, each showing its rows, and the failures elsewhere are on screen with their reasons`, () => {
			screen = renderScreen(cutoverStore(), {columns, rows});
			const frame = screen.frame();
			assert.match(screen.lines()[1]!, /^┏━ 1 Snapshot imports/);
			for (const title of ['2 Image exports', '3 AMI store', '4 Discovery imports']) assert.match(lineWith(frame, title), /^┌─ /, `${title} is a pane`);
			const flat = frame.replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');
			assert.ok(flat.includes('Access denied to bucket cutover-bucket'), `the store failure's whole reason, without a key:\n${frame}`);
			assert.ok(lineWith(frame, 'rvtools').includes('312 ok'), 'the Discovery import is a row');
		});
	}

	test('columns line up: status, progress and age start at the same column on every row', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		const frame = screen.frame();
		const rows = ['web-01', 'db-02', 'ldap-01', 'batch-01'].map((name) => lineWith(frame, name));
		const status = rows.map((row) => columnOf(row, row.includes('✓') ? '✓' : row.includes('✗') ? '✗' : '▶'));
		assert.equal(new Set(status).size, 1, `status columns ${status}`);
		const percent = rows.filter((row) => row.includes('%')).map((row) => columnOf(row, '%'));
		assert.equal(new Set(percent).size, 1, `percent columns ${percent}`);
		await screen.press('3');
		const stored = ['ami-0123456789abcdef0', 'ami-0456789abcdef0123'].map((ami) => lineWith(screen!.frame(), `${ami} s3://`));
		assert.deepEqual(
			stored.map((row) => stringWidth(row)),
			[120, 120],
		);
		assert.match(stored[0]!, /<1m +┃$/, 'store tasks have a start time, so an age');
	});

	test('re-lays itself out on resize, and says so below the minimum instead of garbling', async () => {
		screen = renderScreen(cutoverStore(), {columns: 200, rows: 50});
		assert.ok(screen.frame().includes('4 Discovery imports  ▶1'));
		screen.stdout.resize(80, 24);
		await screen.waitFor((frame) => frame.split('\n').length === 24);
		assertFits(screen.frame(), 80, 24);
		assert.match(screen.lines()[1]!, /^┏━ 1 Snapshot imports/);
		screen.stdout.resize(50, 10);
		await screen.waitFor((frame) => frame.includes('needs at least'));
		assertFits(screen.frame(), 50, 10);
		assert.match(screen.frame(), /this terminal is\s+50×10/);
	});

	test('--ascii draws gauges, borders and symbols in plain ASCII', () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, ui: {ascii: true}});
		const frame = screen.frame();
		assert.doesNotMatch(frame, /[^\u0020-\u007e\n]/, 'nothing outside printable ASCII');
		assert.match(lineWith(frame, 'web-01'), /\| .*> active +########\.\. +81%/);
		assert.match(lineWith(frame, 'batch-01'), /x deleted +ClientError/);
		assert.match(screen.lines()[1]!, /^#= 1 Snapshot imports +>2 x1 \+1/);
	});

	test('without colour the state is still in words and symbols, and no escape sequence is written', () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40, ui: {color: false}});
		const frame = screen.frame();
		assert.ok(!frame.includes('\u001b'));
		assert.match(lineWith(frame, 'web-01'), /▶ active/);
		assert.match(lineWith(frame, 'ldap-01'), /✓ completed/);
		assert.match(lineWith(frame, 'batch-01'), /✗ deleted/);
	});
});
