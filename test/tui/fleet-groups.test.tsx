// A fleet (many accounts × regions behind each pane): `a` folds every pane into one line per account × region
// with its health and counts, failing ones first; `a` again shows the rows. Help and hints name the key.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {createCutwatchStore, sourceKey, type CutwatchStore} from '../../source/store/index.js';
import type {TaskScope} from '../../source/model/task.js';
import {completed, failed, snapshot, t0} from '../store/fixtures.js';
import {assertFits, lineWith} from './frame-checks.js';
import {renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => {
	screen?.unmount();
	screen = undefined;
});

const fleet = (count: number) => Array.from({length: count}, (_, i) => `1111000000${String(i + 1).padStart(2, '0')}`);
const accounts = fleet(5);
const regions = ['us-east-1', 'eu-west-1'];

/** Accounts × two regions of snapshot imports; 111100000003 eu-west-1 denied, 111100000004 us-east-1 with a failure. */
function fleetStore(accounts: readonly string[]): CutwatchStore {
	const store = createCutwatchStore();
	const state = store.getState();
	let n = 0;
	for (const account of accounts) {
		for (const region of regions) {
			const scope: TaskScope = {account, region, profile: `p${account.slice(-1)}`};
			state.registerSource('import-snapshot', scope);
			const key = sourceKey('import-snapshot', scope);
			const id = () => `import-snap-${(n++).toString(16).padStart(17, '0')}`;
			const tasks = [snapshot(id(), {account, region}), snapshot(id(), {account, region}), completed(id(), {account, region})];
			if (account === '111100000004' && region === 'us-east-1') tasks.push(failed(id(), {account, region, message: 'ClientError: Unsupported kernel'}));
			if (account === '111100000003' && region === 'eu-west-1') {
				state.pollFailed(key, {code: 'UnauthorizedOperation', message: 'not authorized', hint: 'allow ec2:DescribeImportSnapshotTasks', throttled: false}, t0);
			} else state.pollSucceeded(key, tasks, t0);
		}
	}
	return store;
}

const groupLines = (screen: Screen) => screen.lines().filter((line) => /▸ 1111000000/.test(line));

test('at 120×40, a folds the pane into one line per account × region, failing first, and a again unfolds it', async () => {
	screen = renderScreen(fleetStore(accounts), {columns: 120, rows: 40, regions, accounts});
	await screen.waitFor((frame) => frame.includes('import-snap-'));
	assert.match(lineWith(screen.frame(), ' a accounts'), /a accounts/, 'the hint names the key');
	await screen.press('a');
	const lines = groupLines(screen);
	assert.equal(lines.length, 10, screen.frame());
	assert.match(lines[0]!, /111100000003 eu-west-1 +error UnauthorizedOperation.* ▶0 ✗0 ✓0 +0 tasks/, 'the failing source first');
	assert.match(lines[1]!, /111100000004 us-east-1 .*✗1 .*4 tasks/, 'then the one with a failed task');
	assert.match(lines[2]!, /111100000001 eu-west-1 +ok \d\d:\d\d +▶2 ✗0 ✓1 +3 tasks/);
	assert.doesNotMatch(screen.frame(), /import-snap-/, 'the tasks are folded');
	assert.match(screen.frame(), /28 tasks in 10 sources \(a: rows\)/);
	assert.match(lineWith(screen.frame(), ' a rows'), /a rows/);
	assertFits(screen.frame(), 120, 40);
	await screen.press('a');
	await screen.waitFor((frame) => frame.includes('import-snap-'));
	assert.equal(groupLines(screen).length, 0);
});

test('at 80×24 the lines fit, the failing source stays on top and the rest are counted', async () => {
	const twelve = fleet(12);
	screen = renderScreen(fleetStore(twelve), {columns: 80, rows: 24, regions, accounts: twelve});
	await screen.waitFor((frame) => frame.includes('import-snap'));
	await screen.press('a');
	const lines = groupLines(screen);
	assert.ok(lines.length > 10 && lines.length < 24, screen.frame());
	assert.match(lines[0]!, /111100000003 eu-west-1 +error Unauthorized/);
	assert.match(lines[1]!, /111100000004 us-east-1 +ok \d\d:\d\d +▶2 ✗1 ✓1 +4 tasks/);
	assert.match(screen.frame(), new RegExp(`\\+${24 - lines.length} more · 70 tasks in 24 sources`));
	assertFits(screen.frame(), 80, 24);
});

test('help lists the key', async () => {
	screen = renderScreen(fleetStore(accounts), {columns: 120, rows: 40, regions, accounts});
	await screen.press('?');
	assert.match(screen.frame(), /a +accounts: every pane as one line per account × region/);
});
