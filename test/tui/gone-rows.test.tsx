// After AWS (or a restarted simulator) stops listing tasks, their rows say "gone" whatever they were, and the
// pane title counts exactly what the rows show: one selector decides a row's category for both.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {lineWith} from './frame-checks.js';
import {failed, fourPaneStore, keyOf, minute, snapshot, t0} from './fixtures.js';
import {renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const failures = ['import-snap-1a2b3c4d5e6f7a8b9', 'import-snap-2b3c4d5e6f7a8b9c0', 'import-snap-3c4d5e6f7a8b9c0d1'];

describe('rows AWS no longer lists', () => {
	test('failed rows a restarted source no longer lists are marked gone, and the title agrees with the rows', async () => {
		const store = fourPaneStore();
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[...failures.map((id) => failed(id, {message: 'ClientError: Unsupported kernel'})), snapshot('import-snap-0a1b2c3d4e5f6a7b8')],
				t0,
			);
		screen = renderScreen(store, {columns: 120, rows: 40});
		assert.match(lineWith(screen.frame(), '1 Snapshot imports'), /▶1 ✗3 ✓0/);
		// The simulator restarted with a new cutover: only one of the failures is listed again.
		store
			.getState()
			.pollSucceeded(
				keyOf.snapshot,
				[failed(failures[0]!, {message: 'ClientError: Unsupported kernel'}), snapshot('import-snap-0f0f0f0f0f0f0f0f0')],
				t0 + minute,
			);
		await settle();
		const frame = screen.frame();
		for (const id of failures.slice(1)) assert.match(lineWith(frame, id), /gone/, `${id} is marked gone`);
		assert.doesNotMatch(lineWith(frame, failures[0]!), /gone/);
		const title = lineWith(frame, '1 Snapshot imports');
		const failedRows = frame.split('\n').filter((line) => /^┃.import-snap-/.test(line) && line.includes('✗')).length;
		assert.match(title, new RegExp(`✗${failedRows} `), `title ${title} vs ${failedRows} ✗ rows`);
		assert.match(title, /3 gone/, 'the gone rows are counted too');
	});
});
