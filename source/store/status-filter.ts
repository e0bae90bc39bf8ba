// What a pane's status filter lets through, and the cycle the f key walks. Besides 'all' and one category a
// filter can be a set of categories ("failed+cancelled"), which only --status with several values creates.
import type {Category} from '../model/task.js';
import {filterCycle, type StatusFilter} from './state.js';

const sets = new Map<string, ReadonlySet<string>>();

export function filterMatches(filter: StatusFilter, category: Category): boolean {
	if (filter === 'all') return true;
	if (!filter.includes('+')) return filter === category;
	let set = sets.get(filter);
	if (!set) sets.set(filter, (set = new Set(filter.split('+'))));
	return set.has(category);
}

/** The filter --status asks for: 'all' for none, the category for one, "a+b" for several. */
export function statusFilterFor(statuses: readonly Category[]): StatusFilter {
	if (statuses.length === 0) return 'all';
	return statuses.join('+') as StatusFilter;
}

/** The f cycle; a filter outside it (a set from --status) comes first, so f can always return to it. */
export function filterCycleFrom(initial: StatusFilter): readonly StatusFilter[] {
	return filterCycle.includes(initial) ? filterCycle : [initial, ...filterCycle];
}

export function cycleFilterValue(current: StatusFilter, initial: StatusFilter, delta: number): StatusFilter {
	const list = filterCycleFrom(initial);
	const at = Math.max(0, list.indexOf(current));
	const n = list.length;
	return list[(((at + delta) % n) + n) % n]!;
}
