// The TUI's view state: focus, per-pane filter and selection, global search and sort. Pure transitions
// returning the same object when nothing changes, so a repeated key press does not re-render.
import {taskKinds, type TaskKind} from '../model/task.js';
import {peekPaneTasks, rowIndex, selectPaneTasks, selectSelectedIndex} from './pane-tasks.js';
import {cycleFilterValue} from './status-filter.js';
import {selectWatchedKinds} from './watched-kinds.js';
import {sortKeys, type CutwatchData, type SortKey, type StatusFilter, type ViewState} from './state.js';

function perKind<T>(value: T): Record<TaskKind, T> {
	return Object.fromEntries(taskKinds.map((kind) => [kind, value])) as Record<TaskKind, T>;
}

export function initialView(focusedPane: TaskKind, filter: StatusFilter = 'all'): ViewState {
	return {
		focusedPane,
		filters: perKind<StatusFilter>(filter),
		search: '',
		sort: 'status',
		selected: perKind<string | undefined>(undefined),
		selectedIndex: perKind(0),
		grouped: false,
	};
}

function cycle<T>(list: readonly T[], current: T, delta: number): T {
	const at = Math.max(0, list.indexOf(current));
	const n = list.length;
	return list[(((at + delta) % n) + n) % n]!;
}

export function focusPane(view: ViewState, kind: TaskKind): ViewState {
	return view.focusedPane === kind ? view : {...view, focusedPane: kind};
}

export function cycleFocus(data: CutwatchData, delta: number): ViewState {
	const panes = selectWatchedKinds(data);
	const focused = data.view.focusedPane;
	return focusPane(data.view, panes.includes(focused) ? cycle(panes, focused, delta) : panes[0]!);
}

export function setFilter(view: ViewState, kind: TaskKind, filter: StatusFilter): ViewState {
	return view.filters[kind] === filter ? view : {...view, filters: {...view.filters, [kind]: filter}};
}

export function cycleFilter(data: CutwatchData, kind: TaskKind, delta: number): ViewState {
	const {view, config} = data;
	return setFilter(view, kind, cycleFilterValue(view.filters[kind], config.initialFilter, delta));
}

export function setSearch(view: ViewState, search: string): ViewState {
	return view.search === search ? view : {...view, search};
}

export function setSort(view: ViewState, sort: SortKey): ViewState {
	return view.sort === sort ? view : {...view, sort};
}

export function cycleSort(view: ViewState, delta: number): ViewState {
	return setSort(view, cycle(sortKeys, view.sort, delta));
}

function withSelection(view: ViewState, kind: TaskKind, key: string | undefined, index: number): ViewState {
	if (view.selected[kind] === key && view.selectedIndex[kind] === index) return view;
	return {...view, selected: {...view.selected, [kind]: key}, selectedIndex: {...view.selectedIndex, [kind]: index}};
}

export function select(data: CutwatchData, kind: TaskKind, key: string | undefined): ViewState {
	const index = key === undefined ? 0 : rowIndex(selectPaneTasks(data, kind), key);
	return withSelection(data.view, kind, key, index >= 0 ? index : data.view.selectedIndex[kind]);
}

export function moveSelection(data: CutwatchData, kind: TaskKind, delta: number): ViewState {
	const rows = selectPaneTasks(data, kind);
	if (rows.length === 0 || Number.isNaN(delta)) return data.view;
	const from = selectSelectedIndex(data, kind);
	const to = Math.min(rows.length - 1, Math.max(0, from + delta));
	return withSelection(data.view, kind, rows[to]!.key, to);
}

/**
 * The selection is the task under the cursor: before the rows change (a poll, a filter, a search, a sort),
 * each pane's selection is pinned to the task it shows, so the cursor stays on that task afterwards (also when
 * it was the untouched first row, or a row shown in place of a filtered-out task). Only rows someone has
 * looked at can be under a cursor, so headless readers pay nothing.
 */
export function pinSelection(data: CutwatchData, kinds: readonly TaskKind[]): ViewState {
	let view = data.view;
	for (const kind of kinds) {
		const rows = peekPaneTasks(data, kind);
		if (rows === undefined || rows.length === 0) continue;
		const index = selectSelectedIndex(data, kind);
		const shown = rows[index];
		if (shown !== undefined) view = withSelection(view, kind, shown.key, index);
	}
	return view;
}
