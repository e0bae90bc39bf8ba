// Rows from a source that is failing are its last good data, not live: they say "stale" in words (so
// --no-color loses nothing) and are drawn in the muted colour when colour is on, while rows from healthy
// sources stay as they are.
import './force-color.js';
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {lineWith} from './frame-checks.js';
import {cutoverStore, keyOf, minute, storeTask, t0, storeDenied} from './fixtures.js';
import {renderScreen, settle, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const dim = '\u001b[2m';

describe('rows of a failing source', () => {
	test('say stale without colour, active and failed rows alike, until the source answers again', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 200, rows: 50});
		assert.doesNotMatch(screen.frame(), /stale/);
		store.getState().pollFailed(keyOf.store, storeDenied, t0 + 2 * minute, t0 + 7 * minute);
		await settle();
		const frame = screen.frame();
		assert.match(lineWith(frame, '│ ami-0123456789abcdef0'), /\bstale\b/, 'the active store row');
		assert.match(lineWith(frame, '│ ami-0456789abcdef0123'), /\bstale\b/, 'the failed store row');
		assert.doesNotMatch(lineWith(frame, 'web-01'), /stale/, "a healthy source's rows stay live");
		store.getState().pollSucceeded(keyOf.store, [storeTask('ami-0123456789abcdef0', {progress: 64})], t0 + 8 * minute);
		await settle();
		assert.doesNotMatch(lineWith(screen.frame(), '│ ami-0123456789abcdef0'), /stale/);
	});

	test('recede into the muted colour when colour is on (not dim: unreadable on either background)', async () => {
		const store = cutoverStore();
		screen = renderScreen(store, {columns: 200, rows: 50, ui: {color: true}});
		const colours = (line: string) => new Set([...line.matchAll(/\u001b\[(3[0-7]|9[0-7])m/g)].map((match) => match[1]));
		const before = lineWith(screen.frame(), 'ami-0123456789abcdef0 s3');
		assert.ok(colours(before).has('33'), 'a live active row has its yellow badge');
		store.getState().pollFailed(keyOf.store, storeDenied, t0 + 2 * minute, t0 + 7 * minute);
		await settle();
		const stale = lineWith(screen.frame(), 'ami-0123456789abcdef0 s3');
		assert.deepEqual([...colours(stale)], ['90'], 'the whole stale row is gray, its badge and gauge too');
		assert.ok(!stale.includes(dim), 'and not dim');
		assert.ok(colours(lineWith(screen.frame(), 'web-01')).has('33'), "a healthy source's rows keep their colours");
	});
});
