// A pane's rows after filter, search and sort, memoised on (task map identity, filter, search, sort): the
// TUI calls this every frame, and an unchanged store must return the SAME array (cheap, and stable for
// React). Sort keys are computed once per row, not per comparison.
import type {Category, TaskKind} from '../model/task.js';
import {estimateDoneAt} from './history.js';
import {matchesSearch, searchTerms} from './search-text.js';
import {filterMatches} from './status-filter.js';
import type {CutwatchData, SortKey, StatusFilter, StoreConfig, TrackedTask} from './state.js';

type Memo = {filter: StatusFilter; search: string; sort: SortKey; rows: readonly TrackedTask[]};
const memos = new WeakMap<ReadonlyMap<string, TrackedTask>, Memo[]>();
/** A few combinations per map, so a TUI and a headless reader with different filters do not thrash. */
const memoSize = 4;

export function selectPaneTasks(state: CutwatchData, kind: TaskKind): readonly TrackedTask[] {
	const map = state.tasks[kind];
	const filter = state.view.filters[kind];
	const {search, sort} = state.view;
	let entries = memos.get(map);
	const hit = entries?.find((memo) => memo.filter === filter && memo.search === search && memo.sort === sort);
	if (hit) return hit.rows;
	const rows = computeRows(map, filter, search, sort, state.config);
	if (!entries) memos.set(map, (entries = []));
	entries.unshift({filter, search, sort, rows});
	if (entries.length > memoSize) entries.pop();
	return rows;
}

/** The rows as last computed for the state's filter, search and sort, or undefined if nobody has asked (cheap). */
export function peekPaneTasks(state: CutwatchData, kind: TaskKind): readonly TrackedTask[] | undefined {
	const filter = state.view.filters[kind];
	const {search, sort} = state.view;
	return memos.get(state.tasks[kind])?.find((memo) => memo.filter === filter && memo.search === search && memo.sort === sort)?.rows;
}

/** failed first, then active, then the rest. */
const statusRank: Record<Category, number> = {failed: 0, active: 1, unknown: 2, cancelled: 3, completed: 4};

type Row = {tracked: TrackedTask; primary: number; rank: number; start: number; id: string};

function computeRows(
	map: ReadonlyMap<string, TrackedTask>,
	filter: StatusFilter,
	search: string,
	sort: SortKey,
	config: StoreConfig,
): readonly TrackedTask[] {
	const terms = searchTerms(search);
	const rows: Row[] = [];
	for (const tracked of map.values()) {
		const {task} = tracked;
		if (!filterMatches(filter, task.category)) continue;
		if (!matchesSearch(task, terms)) continue;
		const started = task.startedAt?.getTime();
		const rank = statusRank[task.category];
		rows.push({
			tracked,
			primary: primaryKey(tracked, sort, rank, config),
			rank: sort === 'start' ? 0 : rank,
			start: started !== undefined && Number.isFinite(started) ? started : tracked.firstSeenAt,
			id: task.id,
		});
	}
	rows.sort(compareRows);
	return rows.map((row) => row.tracked);
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

const indexes = new WeakMap<readonly TrackedTask[], Map<string, number>>();

/** Row index of a task key in a rows array from selectPaneTasks, or -1 (built once per array). */
export function rowIndex(rows: readonly TrackedTask[], key: string): number {
	let index = indexes.get(rows);
	if (!index) {
		index = new Map(rows.map((tracked, i) => [tracked.key, i]));
		indexes.set(rows, index);
	}
	return index.get(key) ?? -1;
}

/** Index of the selected row: the selected task wherever it moved, else the row where the selection was. */
export function selectSelectedIndex(state: CutwatchData, kind: TaskKind): number {
	const rows = selectPaneTasks(state, kind);
	if (rows.length === 0) return -1;
	const key = state.view.selected[kind];
	const hint = state.view.selectedIndex[kind];
	// Usually the task has not moved: check its last row before indexing 50,000 rows.
	if (key !== undefined && rows[hint]?.key === key) return hint;
	const found = key === undefined ? -1 : rowIndex(rows, key);
	if (found >= 0) return found;
	return Math.min(Math.max(0, state.view.selectedIndex[kind]), rows.length - 1);
}

/** The selected task, falling back to the row at the selection's last position when it is filtered out. */
export function selectSelectedTask(state: CutwatchData, kind: TaskKind): TrackedTask | undefined {
	const index = selectSelectedIndex(state, kind);
	return index < 0 ? undefined : selectPaneTasks(state, kind)[index];
}
