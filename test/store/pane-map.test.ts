// A merged pane is the previous map with the changes over it, not a copy: it must read exactly as a copied Map
// would, and the maps it was made from must keep reading as they did.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PaneMap} from '../../source/store/pane-map.js';
import type {TrackedTask} from '../../source/store/state.js';

const tracked = (key: string, version: number) => ({key, version}) as unknown as TrackedTask;

test('merge after merge reads as a copied Map would: values, order, size, and older maps unchanged', () => {
	let map: ReadonlyMap<string, TrackedTask> = new Map(Array.from({length: 2000}, (_, i) => [`k${i}`, tracked(`k${i}`, 0)]));
	let copy = new Map(map);
	const history: Array<[ReadonlyMap<string, TrackedTask>, Array<[string, TrackedTask]>]> = [];
	const kinds = new Set<string>();
	for (let merge = 1; merge <= 40; merge++) {
		// Existing keys change, new keys arrive (some set again in a later merge).
		const changed = new Map<string, TrackedTask>();
		for (let i = 0; i < 60; i++) changed.set(`k${(merge * 97 + i * 31) % 2000}`, tracked('x', merge));
		for (let i = 0; i < 5; i++) changed.set(`new${(merge * 5 + i) % 120}`, tracked('n', merge));
		map = PaneMap.with(map, changed);
		for (const [key, value] of changed) copy.set(key, value);
		kinds.add(map instanceof PaneMap ? 'overlay' : 'folded');
		assert.equal(map.size, copy.size);
		assert.deepEqual([...map], [...copy]);
		assert.deepEqual([...map.keys()], [...copy.keys()]);
		assert.deepEqual([...map.values()], [...copy.values()]);
		for (const key of ['k0', 'k1999', 'new3', 'absent']) {
			assert.equal(map.get(key), copy.get(key));
			assert.equal(map.has(key), copy.has(key));
		}
		history.push([map, [...copy]]);
		copy = new Map(copy);
	}
	// Both ways of holding the changes were exercised.
	assert.deepEqual([...kinds].sort(), ['folded', 'overlay']);
	for (const [old, entries] of history) assert.deepEqual([...old], entries);
});
