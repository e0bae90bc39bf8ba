// Measures applying polls of 50,000 tasks and selecting a pane over them. Not a test (timings vary by
// machine); run with:
//   ./node_modules/.bin/node --expose-gc --import tsx bench/store-apply-poll.ts
// (--expose-gc lets each measurement start from a collected heap, so building the fixture is not billed.)
import {performance} from 'node:perf_hooks';
import type {Task} from '../source/model/task.js';
import {selectPaneTasks} from '../source/store/index.js';
import {minute, snapKey, snapshot, storeWithSources, t0} from '../test/store/fixtures.js';

const n = 50_000;
const runs = 7;
/** Fresh objects every time, as a new SDK response would be; `bump` tasks report one more percent. */
const listing = (bump: (i: number) => boolean): Task[] =>
	Array.from({length: n}, (_, i) => snapshot(`import-snap-${i}`, {progress: (i % 90) + (bump(i) ? 1 : 0)}));

function report(label: string, times: number[], unit = 'ms') {
	times.sort((a, b) => a - b);
	const f = (x: number) => `${x.toFixed(1)} ${unit}`;
	console.log(`${label}: median ${f(times[Math.floor(times.length / 2)]!)} (min ${f(times[0]!)}, max ${f(times.at(-1)!)})`);
}
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});

function timed(fn: () => void): number {
	gc();
	const start = performance.now();
	fn();
	return performance.now() - start;
}

let now = t0;
const store = storeWithSources();
{
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		const fresh = storeWithSources();
		const tasks = listing(() => false);
		times.push(timed(() => fresh.getState().pollSucceeded(snapKey, tasks, now)));
	}
	report('first poll: 50k new tasks', times);
	store.getState().pollSucceeded(
		snapKey,
		listing(() => false),
		now,
	);
}
{
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		const tasks = listing(() => false);
		now += 30_000;
		times.push(timed(() => store.getState().pollSucceeded(snapKey, tasks, now)));
	}
	report('poll: 50k unchanged (fresh objects, value compare)', times);
}
{
	const apply: number[] = [];
	const select: number[] = [];
	for (let r = 0; r < runs; r++) {
		const tasks = listing((i) => i % 10 === r % 10);
		now += 30_000;
		apply.push(timed(() => store.getState().pollSucceeded(snapKey, tasks, now)));
		select.push(timed(() => selectPaneTasks(store.getState(), 'import-snapshot')));
	}
	report('poll: 50k with 5k progress changes', apply);
	report('selectPaneTasks after that change (status sort, recompute)', select);
}
{
	// Two-tier polling's cheap tier: a 500-task answer merged into the 50,000, a few progress changes in it.
	const times: number[] = [];
	const allocated: number[] = [];
	for (let r = 0; r < 4 * runs; r++) {
		const answer = Array.from({length: 500}, (_, i) => snapshot(`import-snap-${i * 100 + (r % 100)}`, {progress: 95 - (r % 5)}));
		now += 15_000;
		gc();
		const before = process.memoryUsage().heapUsed;
		times.push(timed(() => store.getState().pollMerged(snapKey, answer, now)));
		allocated.push((process.memoryUsage().heapUsed - before) / 1024);
	}
	report('merge: 500 tasks into 50k', times);
	report('merge: heap allocated (no GC in between)', allocated, 'KiB');
}
{
	const times: number[] = [];
	for (let r = 0; r < runs; r++) times.push(timed(() => store.getState().expire(now + minute)));
	report('expire tick over 50k (nothing to drop)', times);
}
{
	const times: number[] = [];
	for (let r = 0; r < runs; r++) times.push(timed(() => selectPaneTasks(store.getState(), 'import-snapshot')) * 1000);
	report('selectPaneTasks memo hit', times, 'µs');
}
for (const sort of ['progress', 'start', 'eta'] as const) {
	store.getState().setSort(sort);
	report(`selectPaneTasks first ${sort} sort`, [timed(() => selectPaneTasks(store.getState(), 'import-snapshot'))]);
}
store.getState().setSort('status');
{
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		store.getState().setSearch(`snap-${r + 1}`);
		times.push(timed(() => selectPaneTasks(store.getState(), 'import-snapshot')));
	}
	report('search over 50k (haystacks cached per Task)', times);
}
