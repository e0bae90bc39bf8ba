// A pane's rows after filter, search and sort, memoised on (task map identity, filter, search, sort): the
// TUI calls this every frame, and an unchanged store must return the SAME array (cheap, and stable for
// React). When the map changed, the rows are updated from the last result of the same ordering by the keys
// that changed (pane-delta.ts, pane-order.ts), so a one-task change does not re-sort the pane.
import type {TaskKind} from '../model/task.js';
import {changedSince} from './pane-delta.js';
import {computeRows, sortedRows, updateRows, type Ordering, type SortedRows} from './pane-order.js';
import type {CutwatchData, SortKey, StatusFilter, TrackedTask} from './state.js';

type Memo = {filter: StatusFilter; search: string; sort: SortKey; rows: readonly TrackedTask[]};
const memos = new WeakMap<ReadonlyMap<string, TrackedTask>, Memo[]>();
/** A few combinations per map, so a TUI and a headless reader with different filters do not thrash. */
const memoSize = 4;

/** The latest sorted rows per pane and ordering, the base the next map's rows are updated from. */
type Latest = {map: ReadonlyMap<string, TrackedTask>; config: CutwatchData['config']; sorted: SortedRows};
const latest = new Map<string, Latest>();
const latestSize = 16;

export function selectPaneTasks(state: CutwatchData, kind: TaskKind): readonly TrackedTask[] {
	const map = state.tasks[kind];
	const filter = state.view.filters[kind];
	const {search, sort} = state.view;
	let entries = memos.get(map);
	const hit = entries?.find((memo) => memo.filter === filter && memo.search === search && memo.sort === sort);
	if (hit) return hit.rows;
	const ordering: Ordering = {filter, search, sort, config: state.config};
	const comboKey = `${kind}\u0000${filter}\u0000${sort}\u0000${search}`;
	const base = latest.get(comboKey);
	const keys = base && base.config === state.config ? changedSince(map, base.map) : undefined;
	const sorted = base && keys ? updateRows(base.sorted, base.map, map, keys, ordering) : sortedRows(computeRows(map, ordering));
	latest.delete(comboKey);
	latest.set(comboKey, {map, config: state.config, sorted});
	if (latest.size > latestSize) latest.delete(latest.keys().next().value!);
	const rows = sorted.tracked;
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

/** The filter or search leaves nothing of a pane that holds tasks: the screen folds it to one line saying so. */
export function selectNothingMatches(state: CutwatchData, kind: TaskKind): boolean {
	const narrowed = state.view.filters[kind] !== 'all' || state.view.search !== '';
	return narrowed && state.tasks[kind].size > 0 && selectPaneTasks(state, kind).length === 0;
}
