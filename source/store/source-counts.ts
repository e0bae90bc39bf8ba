// Task counts per source (one account × region) of a pane, for the fleet view's group lines. Memoised on the
// pane's map, and only ever asked for while the groups are shown: one pass over the pane's tasks per change.
import type {TaskKind} from '../model/task.js';
import {rowCategory, type TaskCounts} from './counts.js';
import type {CutwatchData, TrackedTask} from './state.js';

type MutableCounts = {-readonly [K in keyof TaskCounts]: number};

const memo = new WeakMap<ReadonlyMap<string, TrackedTask>, ReadonlyMap<string, TaskCounts>>();

/** Counts keyed by source key; a source with no tasks has no entry. */
export function selectSourceCounts(state: CutwatchData, kind: TaskKind): ReadonlyMap<string, TaskCounts> {
	const map = state.tasks[kind];
	let counts = memo.get(map);
	if (counts) return counts;
	const bySource = new Map<string, MutableCounts>();
	for (const tracked of map.values()) {
		let sum = bySource.get(tracked.sourceKey);
		if (!sum) bySource.set(tracked.sourceKey, (sum = {active: 0, completed: 0, failed: 0, cancelled: 0, unknown: 0, total: 0, stalled: 0, gone: 0}));
		const category = rowCategory(tracked);
		sum[category]++;
		if (category === 'gone') continue;
		sum.total++;
		if (tracked.stalledSince !== undefined) sum.stalled++;
	}
	counts = bySource;
	memo.set(map, counts);
	return counts;
}
