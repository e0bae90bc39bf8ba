// Selection across refreshes, the detail view, the event log and the help overlay.
import {packRecord, unpackRecord} from '../../source/model/packed-record.js';
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import type {TaskOf} from '../../source/model/task.js';
import {assertFits, lineWith, selectedLine} from './frame-checks.js';
import {cutoverStore, discoveryKey, discoveryTask, failed, fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('selection', () => {
	test('follows the task, not the row, when a refresh reorders the list', async () => {
		const store = fourPaneStore();
		const list = (progress: Record<string, number>) =>
			Object.entries(progress).map(([name, value]) => snapshot(`import-snap-${name.padEnd(17, '0')}`, {description: name, progress: value}));
		store.getState().pollSucceeded(keyOf.snapshot, list({alpha: 90, bravo: 50, charlie: 10}), t0);
		screen = renderScreen(store, {columns: 120, rows: 40});
		await screen.press('s'); // sort by progress: alpha, bravo, charlie
		await screen.press('j', 'j');
		assert.match(selectedLine(screen.frame()), /charlie/);
		store.getState().pollSucceeded(keyOf.snapshot, list({alpha: 91, bravo: 51, charlie: 99}), t0 + minute);
		await screen.waitFor((frame) => frame.indexOf('charlie') < frame.indexOf('alpha'));
		assert.match(selectedLine(screen.frame()), /charlie/, 'the cursor moved with the task to the top');
		await screen.press('j');
		assert.match(selectedLine(screen.frame()), /alpha/);
	});

	test('when the selected task is filtered out, the selection stays at its row', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('j', 'f', 'f');
		assert.match(selectedLine(screen.frame()), /batch-01/);
	});
});

function detailedSnapshot(): TaskOf<'import-snapshot'> {
	const task = snapshot('import-snap-0a1b2c3d4e5f6a7b8', {
		description: 'web-01 root disk',
		progress: 42,
		message: 'converting the disk image to an EBS snapshot; this takes a while for large disks and the message goes on past the width of the screen',
		tags: [
			{Key: 'Name', Value: 'web-01'},
			{Key: 'wave', Value: '3'},
		],
	});
	const raw = unpackRecord(task.raw);
	raw.SnapshotTaskDetail!.KmsKeyId = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
	raw.SnapshotTaskDetail!.Encrypted = true;
	raw.SnapshotTaskDetail!.Url = 'https://cutover-disks.s3.amazonaws.com/web-01.vmdk';
	return {...task, raw: packRecord(raw)};
}

describe('detail view', () => {
	test('shows every field: tags, S3 location, URL, KMS key, sizes in human units, the whole message, and the history', async () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, [detailedSnapshot()], t0);
		const done = detailedSnapshot();
		done.status = 'deleted';
		done.category = 'failed';
		done.message = 'ClientError: Disk validation failed [Unsupported kernel version 2.6.18]';
		store.getState().pollSucceeded(keyOf.snapshot, [done], t0 + 3 * minute);
		screen = renderScreen(store, {columns: 200, rows: 50});
		await screen.press(keys.enter);
		const frame = screen.frame();
		assertFits(frame, 200, 50);
		const expectations: Array<[string, RegExp]> = [
			['Id', /import-snap-0a1b2c3d4e5f6a7b8/],
			['Status', /✗ deleted \(failed\)/],
			['Message', /ClientError: Disk validation failed \[Unsupported kernel version 2\.6\.18\]/],
			['Location', /s3:\/\/cutover-disks\/import-snap-0a1b2c3d4e5f6a7b8\.vmdk/],
			['KmsKeyId', /arn:aws:kms:us-east-1:111122223333:key\/1234abcd/],
			['DiskImageSize', /673 MiB \(705638400 bytes\)/],
			['Url', /https:\/\/cutover-disks\.s3\.amazonaws\.com\/web-01\.vmdk/],
			['S3Bucket', /cutover-disks/],
			['Encrypted', /yes/],
			['wave', /\b3\b/],
		];
		for (const [label, value] of expectations) assert.match(lineWith(frame, `  ${label} `), value, label);
		// History, newest first, with the transition and the reason.
		const history = frame.indexOf('History');
		assert.ok(history > 0);
		const after = frame.slice(history);
		assert.ok(after.indexOf('12:03:00') < after.indexOf('12:00:00'), 'newest first');
		assert.match(lineWith(after, '12:03:00'), /active → deleted: ClientError: Disk validation failed/);
		assert.match(lineWith(after, '12:00:00'), /listed active/);
	});

	test('wraps a long status message instead of cutting it, and scrolls', async () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(keyOf.snapshot, [detailedSnapshot()], t0);
		screen = renderScreen(store, {columns: 80, rows: 24});
		await screen.press(keys.enter);
		const text = screen
			.lines()
			.map((line) => line.replace(/^┃|┃$/g, '').trim())
			.join(' ')
			.replace(/\s+/g, ' ');
		assert.match(text, /Message converting the disk image .* the message goes on past the width of the screen/);
		const top = screen.lines()[2];
		await screen.press('j', 'j');
		assert.notEqual(screen.lines()[2], top);
		assert.match(screen.lines()[23]!, /scroll/);
		await screen.press('G');
		assert.match(screen.frame(), /\d+-\d+ of (\d+) lines/);
		const [, , last, total] = /(\d+)-(\d+) of (\d+) lines/.exec(screen.frame())!;
		assert.equal(last, total, 'G scrolls to the last line');
	});

	test('a Discovery import shows its record counts and the error archive link', async () => {
		const store = fourPaneStore();
		store.getState().pollSucceeded(
			discoveryKey,
			[
				discoveryTask('import-task-0123456789abcdef0123456789abcdef', {
					status: 'IMPORT_COMPLETE_WITH_ERRORS',
					category: 'failed',
					succeeded: 310,
					failedRecords: 2,
					message: 'Partial import: 2 records failed',
				}),
			],
			t0,
		);
		screen = renderScreen(store, {columns: 200, rows: 50});
		await screen.press('4', keys.enter);
		const frame = screen.frame();
		assert.match(lineWith(frame, '  Records '), /310 imported, 2 failed/);
		assert.match(lineWith(frame, 'errorsAndFailedEntriesZip'), /https:\/\/example\.invalid\/errors\.zip/);
		assert.match(lineWith(frame, 'serverImportFailure'), /\b2\b/);
	});
});

describe('event log', () => {
	function eventfulStore() {
		const store = fourPaneStore();
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[snapshot('import-snap-a0000000000000000', {description: 'alpha'}), snapshot('import-snap-b0000000000000000', {description: 'bravo'})],
				t0,
			);
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[
					failed('import-snap-a0000000000000000', {description: 'alpha', message: 'ClientError: bad disk'}),
					snapshot('import-snap-b0000000000000000', {description: 'bravo', status: 'completed', category: 'completed', progress: 100}),
				],
				t0 + 2 * minute,
			);
		return store;
	}

	test('newest first, each with time, what happened, task and reason', async () => {
		screen = renderScreen(eventfulStore(), {columns: 120, rows: 40});
		await screen.press('e');
		const lines = screen.lines();
		assert.match(lines[1]!, /Event log, newest first, UTC/);
		assert.match(lines[2]!, /^┃[ ›]12:02:00 (✗ failed|✓ completed)/, 'the cursor marks the newest event');
		assert.match(lineWith(screen.frame(), '✗ failed'), /alpha +active → deleted: ClientError: bad disk/);
		assert.ok(screen.frame().indexOf('✗ failed') < screen.frame().indexOf('▶ listed'));
	});

	test('f narrows it by the new status and / by text', async () => {
		screen = renderScreen(eventfulStore(), {columns: 120, rows: 40});
		await screen.press('e', 'f', 'f');
		assert.match(screen.lines()[1]!, /filter: failed/);
		assert.ok(screen.frame().includes('alpha') && !screen.frame().includes('bravo'));
		await screen.press('F', 'F', '/', ...'bravo', keys.enter);
		assert.match(screen.lines()[1]!, /search "bravo"/);
		assert.ok(screen.frame().includes('bravo') && !screen.frame().includes('alpha'));
		assert.match(screen.lines()[1]!, /Event log/, 'search returns to the event log');
	});
});
