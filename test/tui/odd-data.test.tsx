// Data AWS should not send but one day will: records with every optional field missing, unknown statuses,
// progress that is not a percentage, and timestamps in the future. The screen must stay whole and honest.
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {normaliseDiscoveryImport} from '../../source/sources/normalise-discovery-import.js';
import {normaliseExportImage} from '../../source/sources/normalise-export-image.js';
import {normaliseImportSnapshot} from '../../source/sources/normalise-import-snapshot.js';
import {normaliseStoreImage} from '../../source/sources/normalise-store-image.js';
import {assertFits} from './frame-checks.js';
import {discoveryKey, discoveryScope, fourPaneStore, keyOf, scope, t0} from './fixtures.js';
import {renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const future = new Date(t0 + 36 * 3_600_000);

function oddStore() {
	const store = fourPaneStore();
	const state = store.getState();
	state.pollSucceeded(
		keyOf.snapshot,
		[
			normaliseImportSnapshot({ImportTaskId: 'import-snap-0000000000000000e'}, scope),
			normaliseImportSnapshot({ImportTaskId: 'import-snap-0000000000000000f', SnapshotTaskDetail: {Status: 'quarantined', Progress: 'about half'}}, scope),
			normaliseImportSnapshot({ImportTaskId: 'import-snap-00000000000000010', SnapshotTaskDetail: {Status: 'active', Progress: '250'}}, scope),
			normaliseImportSnapshot({ImportTaskId: 'import-snap-00000000000000011', SnapshotTaskDetail: {Status: 'active', Progress: '-7'}}, scope),
		],
		t0,
	);
	state.pollSucceeded(keyOf.export, [normaliseExportImage({}, scope)], t0);
	state.pollSucceeded(keyOf.store, [normaliseStoreImage({AmiId: 'ami-0123456789abcdef0', TaskStartTime: future, ProgressPercentage: Number.NaN}, scope)], t0);
	state.pollSucceeded(
		discoveryKey,
		[normaliseDiscoveryImport({importTaskId: 'import-task-0123456789abcdef0123456789abcdef', importRequestTime: future}, discoveryScope)],
		t0,
	);
	return store;
}

for (const [columns, rows] of [
	[80, 24],
	[200, 50],
] as const) {
	test(`${columns}×${rows}: records with missing fields, unknown statuses, odd progress and future times render whole`, () => {
		screen = renderScreen(oddStore(), {columns, rows});
		const frame = screen.frame();
		assertFits(frame, columns, rows);
		assert.doesNotMatch(frame, /NaN|undefined|null|Infinity|-\d+%|\b(?:10[1-9]|1[1-9]\d|[2-9]\d\d|\d{4,})%/);
		assert.doesNotMatch(frame, /-\d+[smhd]\b/, 'no negative ages from future timestamps');
		assert.match(frame, /quarantin/, 'an unknown status keeps its raw text (truncated to the badge column)');
	});
}

test('an out-of-range progress is clamped on the gauge, never drawn past its width', () => {
	screen = renderScreen(oddStore(), {columns: 200, rows: 50});
	assert.match(screen.frame(), /100%/);
	assert.match(screen.frame(), /\b0%/);
});
