// `!`: one place for every failure (issue 13 item 5): every failed task of every pane and region, newest
// first, with its whole reason, beside the failing sources; Enter opens the task's detail.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {sourceKey, type CutwatchStore} from '../../source/store/index.js';
import {taskKinds} from '../../source/model/task.js';
import {sanitize} from '../../source/format/sanitize.js';
import {openDemoSession, type DemoSession} from '../helpers/demo-session.js';
import {assertFits} from './frame-checks.js';
import {discoveryKey, failed, fourPaneStore, keyOf, minute, scope, snapshot, storeTask, t0} from './fixtures.js';
import {keys, renderScreen, type Screen, screenSizes} from './render-screen.js';

let screen: Screen | undefined;
let demo: DemoSession | undefined;
afterEach(async () => {
	screen?.unmount();
	screen = undefined;
	await demo?.close();
	demo = undefined;
});

const euScope = {...scope, region: 'eu-west-1'};
const euKey = sourceKey('import-snapshot', euScope);

const reasons = {
	db02: 'ClientError: Disk validation failed [Unsupported kernel version 2.6.32-754.35.1.el6.x86_64; the boot volume uses a partition layout VM Import cannot convert]',
	store: 'Access denied to bucket cutover-bucket',
	batch01: 'ClientError: Unsupported kernel version 2.6.32-754.35.1.el6.x86_64',
};
const denied = {
	code: 'UnauthorizedOperation',
	message: 'You are not authorized to perform this operation.',
	hint: 'your IAM policy does not allow ec2:DescribeExportImageTasks',
	throttled: false,
	needsAction: true,
};
const homeRegion = {
	code: 'HomeRegionNotSetException',
	message: 'The home region is not set. Set a home region to continue.',
	hint: 'Migration Hub home region is not set: set it in the Migration Hub console, or pass --discovery-region <home region>',
	throttled: false,
	needsAction: true,
};

/**
 * Like the demo: failures in two regions and two panes, seen at different times (batch-01 first, then the
 * store task, then db-02 in eu-west-1), an export source denied and Discovery without a home region.
 */
function failureStore(): CutwatchStore {
	const store = fourPaneStore();
	const state = store.getState();
	state.registerSource('import-snapshot', euScope);
	const web = snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', progress: 81});
	const batch = failed('import-snap-1a2b3c4d5e6f7a8b9', {description: 'batch-01 root disk', message: reasons.batch01});
	state.pollSucceeded(keyOf.snapshot, [web, batch], t0);
	state.pollSucceeded(euKey, [snapshot('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk', progress: 34, region: 'eu-west-1'})], t0);
	state.pollSucceeded(keyOf.store, [storeTask('ami-0456789abcdef0123', {progress: 20})], t0);
	state.pollSucceeded(
		keyOf.store,
		[storeTask('ami-0456789abcdef0123', {status: 'Failed', category: 'failed', progress: 20, message: reasons.store})],
		t0 + 2 * minute,
	);
	state.pollSucceeded(
		euKey,
		[failed('import-snap-0c3d4e5f6a7b8c9d0', {description: 'db-02 data disk', message: reasons.db02, region: 'eu-west-1'})],
		t0 + 5 * minute,
	);
	state.pollFailed(keyOf.export, denied, t0 + 5 * minute, t0 + 10 * minute);
	state.pollFailed(discoveryKey, homeRegion, t0 + 5 * minute, t0 + 10 * minute);
	return store;
}

/** Borders gone, runs of spaces one: a wrapped reason reads as one line. */
const flat = (frame: string) => frame.replace(/[┃│┏┓┗┛┌┐└┘━─]/g, ' ').replace(/\s+/g, ' ');

/** Walks the open view's cursor over every entry: the body's lines in the order they first appeared, as one text. */
async function readAll(s: Screen, entries: number): Promise<string> {
	const seen: string[] = [];
	for (let i = 0; i <= entries; i++) {
		for (const line of s.lines().slice(2, -2)) {
			const text = line.replace(/^[┃│]./, '').replace(/[┃│]$/, '');
			if (!seen.includes(text)) seen.push(text);
		}
		await s.press(keys.down);
	}
	return flat(seen.join(' '));
}

describe('the failures view (!)', () => {
	for (const [columns, rows] of screenSizes) {
		test(`${columns}×${rows}: every failed task, newest first, whole reasons, beside the failing sources`, async () => {
			screen = renderScreen(failureStore(), {columns, rows, regions: ['us-east-1', 'eu-west-1']});
			await screen.press('!');
			assertFits(screen.frame(), columns, rows);
			assert.match(screen.lines()[1]!, /Failures, newest first, UTC/);
			const text = await readAll(screen, 5);
			for (const reason of Object.values(reasons)) assert.ok(text.includes(reason), `"${reason}" whole:\n${screen.frame()}`);
			for (const part of [denied.code, denied.hint, homeRegion.hint]) assert.ok(text.includes(part), `source problem "${part}":\n${screen.frame()}`);
			const order = ['import-snap-0c3d4e5f6a7b8c9d0', 'ami-0456789abcdef0123', 'import-snap-1a2b3c4d5e6f7a8b9'].map((id) => text.indexOf(id));
			assert.ok(
				order.every((at) => at >= 0),
				`every id whole: ${order}`,
			);
			assert.deepEqual(
				[...order].sort((a, b) => a - b),
				order,
				'newest first: db-02 (12:05), the store task (12:02), batch-01 (12:00)',
			);
			assert.ok(text.includes('euw1') || text.includes('eu-west-1'), 'the region, as two are watched');
			assertFits(screen.frame(), columns, rows);
		});
	}

	test('the demo at 120×40: every failed task of every pane, newest first, each reason whole', async () => {
		demo = await openDemoSession();
		demo.poller.start();
		await demo.poller.idle();
		for (let i = 0; i < 60; i++) await demo.tick();
		const state = demo.store.getState();
		const failedTasks = taskKinds
			.flatMap((kind) => [...state.tasks[kind].values()])
			.filter((tracked) => tracked.task.category === 'failed')
			.sort((a, b) => (b.endedAt ?? b.lastSeenAt) - (a.endedAt ?? a.lastSeenAt));
		assert.ok(failedTasks.length >= 4, `the demo has failed by now (${failedTasks.length})`);
		screen = renderScreen(demo.store, {columns: 120, rows: 40, poller: demo.poller, clock: demo.timers});
		await screen.press('!');
		const text = await readAll(screen, failedTasks.length + 2);
		let last = -1;
		for (const tracked of failedTasks) {
			const id = tracked.task.kind === 'store-image' ? tracked.task.resourceId! : tracked.task.id;
			const at = text.indexOf(id, last + 1);
			assert.ok(at > last, `${id} listed, after the newer ones:\n${screen.frame()}`);
			const reason = sanitize(tracked.task.message ?? tracked.task.status).replace(/\s+/g, ' ');
			assert.ok(text.includes(reason), `"${reason}" whole:\n${screen.frame()}`);
			last = at;
		}
	});

	test('Enter on a failed task opens its detail; Esc comes back to the failures, Esc again to the panes', async () => {
		screen = renderScreen(failureStore(), {columns: 120, rows: 40, regions: ['us-east-1', 'eu-west-1']});
		await screen.press('!');
		// Two failing sources, then db-02, then the store task.
		await screen.press(keys.down, keys.down, keys.down);
		assert.match(screen.frame(), /›\d\d:\d\d:\d\d store .*ami-0456789abcdef0123/);
		await screen.press(keys.enter);
		assert.match(screen.lines()[1]!, /AMI store · ami-0456789abcdef0123/);
		assert.ok(screen.frame().includes(reasons.store));
		// A lone Esc is read after a short wait (it could start a sequence): wait for the frame.
		screen.stdin.write(keys.escape);
		await screen.waitFor((frame) => frame.split('\n')[1]!.includes('Failures, newest first'));
		screen.stdin.write(keys.escape);
		await screen.waitFor((frame) => frame.split('\n')[1]!.includes('1 Snapshot imports'));
	});

	test('Enter on a failing source opens its whole error; ! closes the view', async () => {
		screen = renderScreen(failureStore(), {columns: 120, rows: 40});
		await screen.press('!', keys.enter);
		assert.match(screen.lines()[1]!, /Image exports · sources/);
		await screen.press('q', '!');
		assert.doesNotMatch(screen.lines()[1]!, /Failures/);
	});

	test('Enter opens a failed task the pane hides behind its filter', async () => {
		const store = failureStore();
		screen = renderScreen(store, {columns: 120, rows: 40});
		store.getState().setFilter('store-image', 'active');
		await screen.press('!', keys.down, keys.down, keys.down, keys.enter);
		assert.match(screen.lines()[1]!, /AMI store · ami-0456789abcdef0123/);
	});

	test("80×24: a failed row's long reason goes on from the left edge and says how much is hidden", async () => {
		screen = renderScreen(failureStore(), {columns: 80, rows: 24, regions: ['us-east-1', 'eu-west-1']});
		const lines = screen.lines();
		const at = lines.findIndex((line) => line.includes('ClientError: Disk'));
		assert.ok(at > 0, screen.frame());
		const second = lines[at + 1]!;
		assert.match(second, /^[┃│] {3}\S/, `the second line starts near the left edge:\n${screen.frame()}`);
		const shown = `${lines[at]!.slice(lines[at]!.indexOf('ClientError'))} ${second}`.replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');
		const hidden = /… \+(\d+) more/.exec(shown);
		assert.ok(hidden, `it says how much is hidden:\n${screen.frame()}`);
		assert.ok(reasons.db02.startsWith(shown.slice(0, hidden.index).trim()), shown);
		assert.equal(Number(hidden[1]), reasons.db02.length - shown.slice(0, hidden.index).trim().length - 1);
		assertFits(screen.frame(), 80, 24);
	});

	test('80×24: a pane never shows a blank line while it hides a failure (a two-line failure squeezes into the one line left)', async () => {
		screen = renderScreen(failureStore(), {columns: 80, rows: 24, regions: ['us-east-1', 'eu-west-1']});
		const frame = screen.frame();
		const blank = frame.split('\n').filter((line) => /^[┃│] +[┃│]$/.test(line));
		if (frame.includes(' more ·')) assert.equal(blank.length, 0, `no blank lines while tasks are hidden:\n${frame}`);
		for (const name of ['batch-01 root disk', 'db-02 data disk']) assert.ok(frame.includes(name.slice(0, 7)), `${name} is on screen:\n${frame}`);
	});

	test('60×15: PgDn moves the cursor by the entries a page shows, not by its lines', async () => {
		screen = renderScreen(failureStore(), {columns: 60, rows: 15, regions: ['us-east-1', 'eu-west-1']});
		await screen.press('!');
		// Eleven lines hold one source's entry whole at a time (six lines each): a page is one entry here, and
		// the next begins below it, not blank lines.
		await screen.press(keys.pageDown);
		assert.match(screen.frame(), /›discovery +usw2 error HomeRegionNotSetException/, screen.frame());
		assert.match(screen.frame(), /Failed tasks, newest first/, `the room is filled:\n${screen.frame()}`);
		await screen.press(keys.pageDown);
		assert.match(screen.frame(), /›\d\d:\d\d:\d\d import +euw1 import-snap-0c3d4e5f6a7b8c9d0/, screen.frame());
		await screen.press(keys.pageUp, keys.pageUp);
		assert.match(screen.frame(), /›export +use1 error UnauthorizedOperation/, screen.frame());
	});

	test('! is in the help and the hints line', async () => {
		screen = renderScreen(failureStore(), {columns: 200, rows: 50});
		assert.match(screen.lines().at(-1)!, /! failures/);
		await screen.press('?');
		assert.match(screen.frame(), /! +failures: every failed task/);
		await screen.press('q', '!');
		assert.match(screen.lines().at(-1)!, /Enter open/);
	});
});
