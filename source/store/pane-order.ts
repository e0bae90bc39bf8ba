// A pane's sorted rows, computed in full or updated from an older result by the keys that changed
// (pane-delta.ts): a one-task change then costs a few binary searches and one copy of the arrays (a memory
// copy, no compare per row), instead of re-deriving and re-sorting every task's sort key.
import {categoryRank} from '../model/task.js';
import {estimateDoneAt} from './history.js';
import {matchesSearch, searchTerms} from './search-text.js';
import {filterMatches} from './status-filter.js';
import type {SortKey, StatusFilter, StoreConfig, TrackedTask} from './state.js';

export type Row = {readonly tracked: TrackedTask; readonly primary: number; readonly rank: number; readonly start: number; readonly id: string};

export type Ordering = {filter: StatusFilter; search: string; sort: SortKey; config: StoreConfig};

/** The row of a task in this ordering, or undefined when the filter or search leaves it out. */
function rowOf(tracked: TrackedTask, ordering: Ordering, terms: readonly string[]): Row | undefined {
	const {task} = tracked;
	if (!filterMatches(ordering.filter, task.category)) return undefined;
	if (!matchesSearch(task, terms)) return undefined;
	const started = task.startedAt?.getTime();
	const rank = categoryRank[task.category];
	return {
		tracked,
		primary: primaryKey(tracked, ordering.sort, rank, ordering.config),
		rank: ordering.sort === 'start' ? 0 : rank,
		start: started !== undefined && Number.isFinite(started) ? started : tracked.firstSeenAt,
		id: task.id,
	};
}

export function computeRows(map: ReadonlyMap<string, TrackedTask>, ordering: Ordering): Row[] {
	const terms = searchTerms(ordering.search);
	const rows: Row[] = [];
	for (const tracked of map.values()) {
		const row = rowOf(tracked, ordering, terms);
		if (row) rows.push(row);
	}
	return rows.sort(compareRows);
}

/** A pane's sorted rows, and the tasks in them (what the screen reads), kept side by side. */
export type SortedRows = {readonly rows: readonly Row[]; readonly tracked: readonly TrackedTask[]};

export function sortedRows(rows: readonly Row[]): SortedRows {
	return {rows, tracked: rows.map((row) => row.tracked)};
}

/** Past this many changed rows one merging pass is cheaper than moving the arrays row by row. */
const spliceLimit = 32;

/**
 * `sorted` (for `from`) updated to `map`, given the keys that differ between the two. Rows of changed tasks
 * are found by binary search (the order is total, so each row has exactly one place) and removed, and the
 * changed tasks' new rows inserted where a binary search puts them: a few changes cost O(k · log n) compares
 * and one copy of the arrays, not a compare per row.
 */
export function updateRows(
	sorted: SortedRows,
	from: ReadonlyMap<string, TrackedTask>,
	map: ReadonlyMap<string, TrackedTask>,
	keys: ReadonlySet<string>,
	ordering: Ordering,
): SortedRows {
	const {rows} = sorted;
	const terms = searchTerms(ordering.search);
	const drop: number[] = [];
	const added: Row[] = [];
	for (const key of keys) {
		const before = from.get(key);
		const old = before && rowOf(before, ordering, terms);
		if (old) {
			const at = findRow(rows, old);
			if (at >= 0) drop.push(at);
		}
		const after = map.get(key);
		const row = after && rowOf(after, ordering, terms);
		if (row) added.push(row);
	}
	added.sort(compareRows);
	if (drop.length + added.length > spliceLimit) return sortedRows(mergeRows(rows, new Set(drop), added));
	const outRows = rows.slice();
	const outTracked = sorted.tracked.slice();
	// One task changed without moving (a progress tick under most sorts): replaced where it is.
	if (drop.length === 1 && added.length === 1 && fitsAt(rows, drop[0]!, added[0]!)) {
		outRows[drop[0]!] = added[0]!;
		outTracked[drop[0]!] = added[0]!.tracked;
		return {rows: outRows, tracked: outTracked};
	}
	for (const at of drop.sort((a, b) => b - a)) {
		outRows.splice(at, 1);
		outTracked.splice(at, 1);
	}
	for (const row of added) {
		const at = insertionPoint(outRows, row);
		outRows.splice(at, 0, row);
		outTracked.splice(at, 0, row.tracked);
	}
	return {rows: outRows, tracked: outTracked};
}

/** One linear pass: the rows not dropped, with `added` (sorted) merged in. */
function mergeRows(rows: readonly Row[], drop: ReadonlySet<number>, added: readonly Row[]): Row[] {
	const out: Row[] = [];
	let next = 0;
	for (let i = 0; i < rows.length; i++) {
		if (drop.has(i)) continue;
		const row = rows[i]!;
		while (next < added.length && compareRows(added[next]!, row) < 0) out.push(added[next++]!);
		out.push(row);
	}
	while (next < added.length) out.push(added[next++]!);
	return out;
}

/** Whether `row` sorts between the neighbours of index `at` (the row it replaces aside). */
function fitsAt(rows: readonly Row[], at: number, row: Row): boolean {
	return (at === 0 || compareRows(rows[at - 1]!, row) < 0) && (at === rows.length - 1 || compareRows(row, rows[at + 1]!) < 0);
}

/** The first index whose row sorts after `row`. */
function insertionPoint(rows: readonly Row[], row: Row): number {
	let low = 0;
	let high = rows.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareRows(rows[middle]!, row) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

function findRow(rows: readonly Row[], row: Row): number {
	let low = 0;
	let high = rows.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const order = compareRows(rows[middle]!, row);
		if (order === 0) return rows[middle]!.tracked === row.tracked ? middle : -1;
		if (order < 0) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

function primaryKey(tracked: TrackedTask, sort: SortKey, rank: number, config: StoreConfig): number {
	const {task} = tracked;
	switch (sort) {
		case 'status':
			return rank;
		case 'start':
			return 0;
		case 'progress': {
			// Most advanced first; a completed task that reports no percentage is done.
			const progress = task.progress ?? (task.category === 'completed' ? 100 : -1);
			return -progress;
		}
		case 'eta': {
			// Soonest to finish first; no estimate (not running, stalled, too early) after.
			if (task.category !== 'active' || tracked.goneAt !== undefined || tracked.stalledSince !== undefined) {
				return Number.POSITIVE_INFINITY;
			}
			return estimateDoneAt(tracked.history, config) ?? Number.POSITIVE_INFINITY;
		}
	}
}

/** Then newest start first, then id: deterministic, so rows do not jump between identical polls. */
function compareRows(a: Row, b: Row): number {
	if (a.primary !== b.primary) return a.primary < b.primary ? -1 : 1;
	if (a.rank !== b.rank) return a.rank - b.rank;
	if (a.start !== b.start) return b.start - a.start;
	if (a.id !== b.id) return a.id < b.id ? -1 : 1;
	const ak = a.tracked.key;
	const bk = b.tracked.key;
	return ak < bk ? -1 : ak > bk ? 1 : 0;
}
