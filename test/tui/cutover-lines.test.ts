// The cutover view's content as data → lines, without a screen.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {taskKinds} from '../../source/model/task.js';
import {cutoverLines, throughput} from '../../source/tui/text/cutover-lines.js';
import {completed, fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';

const utc = {offsetMinutes: () => 0};

test('what was already over when first seen is counted, not drawn; the axis is the session', () => {
	const store = fourPaneStore();
	store.getState().pollSucceeded(keyOf.snapshot, [completed('import-snap-0old0000000000000'), snapshot('import-snap-0new0000000000000', {progress: 0})], t0);
	store
		.getState()
		.pollSucceeded(keyOf.snapshot, [completed('import-snap-0old0000000000000'), snapshot('import-snap-0new0000000000000', {progress: 50})], t0 + 10 * minute);
	const state = store.getState();
	const lines = cutoverLines({tasks: state.tasks, history: state.sessionHistory, kinds: taskKinds, now: t0 + 20 * minute, width: 100, ascii: true, zone: utc});
	const text = lines.map((line) => line.text).join('\n');
	assert.match(text, /Timeline: 1 task, failures first \(x failed, \/ cancelled, > running\); 1 already over when first seen/);
	assert.match(text, /import-snap-0new0000000000000 .* =+>$/m);
	assert.ok(!text.includes('import-snap-0old'), 'the old task has no bar');
	assert.match(text, /12:00 UTC .* 12:20$/m);
});

test('throughput: GiB/h between samples two minutes or more apart', () => {
	const gib = 1024 ** 3;
	const tally = (active: number) => ({active, completed: 0, failed: 0, cancelled: 0});
	const sample = (at: number, bytes: number, active = 1) => ({at, importedBytes: bytes, panes: {'import-snapshot': tally(active)} as never});
	// Before the imports are first listed (0 tasks) their bytes are not a burst.
	const points = throughput([
		sample(t0 - minute, 0, 0),
		sample(t0, 0),
		sample(t0 + minute, gib),
		sample(t0 + 6 * minute, 3 * gib),
		sample(t0 + 36 * minute, 3 * gib),
	]);
	assert.deepEqual(points, [
		{at: t0, value: 30},
		{at: t0 + 6 * minute, value: 0},
	]);
});

test('before the first poll answers: one line that says so', () => {
	const state = fourPaneStore().getState();
	assert.deepEqual(cutoverLines({tasks: state.tasks, history: [], kinds: taskKinds, now: t0, width: 80, ascii: true}), [
		{type: 'text', text: 'No poll has answered yet: nothing to draw.'},
	]);
});
