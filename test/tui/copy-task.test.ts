// What y, Y and m put on the clipboard and what the screen says about it.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {taskKey} from '../../source/model/task.js';
import {getTrackedTask} from '../../source/store/index.js';
import {plainTerminal} from '../../source/terminal/index.js';
import {copyTask} from '../../source/tui/text/copy-task.js';
import {failed, fourPaneStore, keyOf, t0} from './fixtures.js';

test('a reason too long for a terminal is cut, and the line says so', () => {
	const store = fourPaneStore();
	const task = failed('import-snap-0big0000000000000', {message: `ClientError: ${'x'.repeat(80_000)}`});
	store.getState().pollSucceeded(keyOf.snapshot, [task], t0);
	const tracked = getTrackedTask(store.getState(), taskKey(task));
	const result = copyTask(store.getState(), tracked, 'reason', plainTerminal, true, t0);
	assert.match(
		result.notice,
		/^copied failure reason of import-snap-0big0000000000000: 56,000 bytes via OSC 52, cut to 56,000 bytes \(terminals drop larger copies\)$/,
	);
	assert.ok(result.sequence!.length < 80_000);
});

test('nothing selected: nothing copied, and said so', () => {
	const store = fourPaneStore();
	assert.deepEqual(copyTask(store.getState(), undefined, 'id', plainTerminal, true, t0), {notice: 'nothing copied: no task selected'});
});
