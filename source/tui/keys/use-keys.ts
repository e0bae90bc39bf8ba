// Keys → actions. The table is keymap.ts; this file only says what each action does in each view. It calls
// store actions and the poller's refreshNow/pause/resume, nothing else.
import {useInput, type Key} from 'ink';
import {taskKinds, type TaskKind} from '../../model/task.js';
import type {PollControl} from '../../session/poll-control.js';
import {
	rowIndex,
	selectCounts,
	selectFailedTasks,
	selectPaneSource,
	selectPaneTasks,
	selectSelectedIndex,
	selectSelectedTask,
	selectSourceProblems,
	type CutwatchState,
	type CutwatchStore,
} from '../../store/index.js';
import {actionFor, isInterrupt, type Action, type Mode} from './keymap.js';
import {isTaskEvent, logEntries} from '../text/log-entries.js';
import {splitKeys} from './split-keys.js';
import {stripControls} from '../../format/sanitize.js';
import type {UiEvent, UiState} from '../state/ui-state.js';

export type KeyContext = {
	readonly store: CutwatchStore;
	readonly poller: PollControl;
	/** The view as of the last render; handleKey replaces it with `currentUi()` before each key. */
	readonly ui: UiState;
	/** The view as of now, after the keys before this one in the same read. */
	currentUi(): UiState;
	dispatch(event: UiEvent): void;
	/** Watched panes, in display order. */
	readonly panes: readonly TaskKind[];
	/** Rows in the focused pane (main), or lines in the open view: what PgUp/PgDn move by. */
	pageSize(mode: Mode): number;
	quit(): void;
	/** y, Y, m: copy the selected task's id, record or failure reason (App owns the terminal write). */
	copy?(what: 'id' | 'record' | 'reason'): void;
	/** Sees every input first (focus reports, the key that ends an absence); true: the keys do not. */
	onInput?(input: string): boolean;
	/** w: the recap banner. */
	recap?(): void;
};

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** What typing may add to the search box: printable text only (a paste can carry anything). */
function typed(input: string): string {
	return stripControls(input);
}

function dropLastGrapheme(text: string): string {
	const parts = [...segmenter.segment(text)];
	return parts
		.slice(0, -1)
		.map((part) => part.segment)
		.join('');
}

function handleSearchKey(input: string, key: Key, context: KeyContext): void {
	const {store, dispatch} = context;
	const {setSearch} = store.getState();
	const {search} = store.getState().view;
	if (key.return) {
		// Enter keeps the search; an empty one clears it, so Esc (slow under tmux) is never needed.
		if (search.trim() === '') setSearch('');
		dispatch({type: 'close'});
	} else if (key.escape) {
		setSearch('');
		dispatch({type: 'close'});
	} else if (key.backspace || key.delete) {
		setSearch(dropLastGrapheme(search));
	} else if (key.ctrl && input === 'u') {
		setSearch('');
	} else if (!key.ctrl && !key.meta) {
		const text = typed(input);
		if (text !== '') setSearch(search + text);
	}
}

function scroll(context: KeyContext, by: number): void {
	// Kept within how far the view scrolls, as it last rendered (ui-state.ts).
	context.dispatch({type: 'scroll', by});
}

/** The focused pane shows an error line (a source failing): the cursor can stand on it. */
function hasProblem(state: CutwatchState, kind: TaskKind): boolean {
	const phase = selectPaneSource(state, kind)?.phase;
	return (phase === 'error' || phase === 'throttled') && selectPaneSource(state, kind)?.lastError !== undefined;
}

/** Enter in the event log: a task event opens that task's detail, a source event the source view. */
function openLogEntry(context: KeyContext): void {
	const {store, ui, dispatch} = context;
	const state = store.getState();
	const shown = logEntries(state.events, state.sourceEvents, state.notices, ui.eventFilter, state.view.search);
	if (shown.length === 0) return;
	const entry = shown[shown.length - 1 - Math.min(ui.scroll.events, shown.length - 1)]!;
	// A library's warning belongs to no task or source: there is nothing more to open.
	if (!('kind' in entry)) return;
	state.focusPane(entry.kind);
	if (!isTaskEvent(entry)) return dispatch({type: 'open', mode: 'source'});
	openTask(context, entry.kind, entry.taskKey);
}

/** The detail of one task, wherever it is: the detail shows the pane's selected task, so focus and select it. */
function openTask(context: KeyContext, kind: TaskKind, key: string): void {
	const {store, dispatch} = context;
	const state = store.getState();
	state.focusPane(kind);
	if (!state.tasks[kind].has(key)) return;
	// Make sure the task is in the pane's rows (its filter or the search may hide it), then select it.
	if (rowIndex(selectPaneTasks(store.getState(), kind), key) < 0) {
		store.getState().setFilter(kind, 'all');
		if (rowIndex(selectPaneTasks(store.getState(), kind), key) < 0) store.getState().setSearch('');
	}
	store.getState().select(kind, key);
	dispatch({type: 'open', mode: 'detail'});
}

/** Enter in the failures view: a failing source opens the source view, a failed task its detail. */
function openFailure(context: KeyContext): void {
	const state = context.store.getState();
	const problems = selectSourceProblems(state);
	const failed = selectFailedTasks(state);
	const at = Math.min(context.ui.scroll.failures, problems.length + failed.length - 1);
	if (at < 0) return;
	const source = problems[at];
	if (source !== undefined) {
		state.focusPane(source.kind);
		return context.dispatch({type: 'open', mode: 'source'});
	}
	const tracked = failed[at - problems.length]!;
	openTask(context, tracked.task.kind, tracked.key);
}

function runAction(action: Action, context: KeyContext): void {
	const {store, poller, ui, dispatch} = context;
	const state = store.getState();
	const focused = state.view.focusedPane;
	const inList = ui.mode === 'main';
	const page = Math.max(1, context.pageSize(ui.mode));
	// Any move away from the pane's error line takes the cursor back to the rows (Enter and ↑ keep it there).
	if (inList && ui.onProblem && action !== 'open' && action !== 'up') dispatch({type: 'problemCursor', on: false});
	switch (action) {
		case 'up':
			if (inList && !ui.onProblem && selectSelectedIndex(state, focused) <= 0 && hasProblem(state, focused)) {
				return dispatch({type: 'problemCursor', on: true});
			}
			return inList ? state.moveSelection(focused, -1) : scroll(context, -1);
		case 'down':
			// From the error line, down returns to the first row, where the cursor was.
			if (inList && ui.onProblem) return;
			return inList ? state.moveSelection(focused, 1) : scroll(context, 1);
		case 'pageUp':
			return inList ? state.moveSelection(focused, -page) : scroll(context, -page);
		case 'pageDown':
			return inList ? state.moveSelection(focused, page) : scroll(context, page);
		case 'top':
			return inList ? state.moveSelection(focused, Number.NEGATIVE_INFINITY) : scroll(context, Number.NEGATIVE_INFINITY);
		case 'bottom':
			return inList ? state.moveSelection(focused, Number.POSITIVE_INFINITY) : scroll(context, Number.POSITIVE_INFINITY);
		case 'nextPane':
			return state.cycleFocus(1);
		case 'previousPane':
			return state.cycleFocus(-1);
		case 'pane1':
		case 'pane2':
		case 'pane3':
		case 'pane4': {
			const kind = taskKinds[Number(action.slice(4)) - 1];
			if (kind !== undefined && context.panes.includes(kind)) state.focusPane(kind);
			return;
		}
		case 'zoom':
			return dispatch({type: 'toggleZoom'});
		case 'groups':
			return store.getState().toggleGrouped();
		case 'open':
			if (ui.mode === 'events') return openLogEntry(context);
			if (ui.mode === 'failures') return openFailure(context);
			if (ui.onProblem && hasProblem(state, focused)) return dispatch({type: 'open', mode: 'source'});
			if (selectSelectedTask(state, focused)) dispatch({type: 'open', mode: 'detail'});
			return;
		case 'close':
			return dispatch({type: 'close'});
		case 'filterNext':
		case 'filterPrevious': {
			const delta = action === 'filterNext' ? 1 : -1;
			return ui.mode === 'events' ? dispatch({type: 'cycleEventFilter', delta}) : state.cycleFilter(focused, delta);
		}
		case 'search':
			return dispatch({type: 'open', mode: 'search'});
		case 'sortNext':
			return state.cycleSort(1);
		case 'sortPrevious':
			return state.cycleSort(-1);
		case 'refresh':
			if (!state.paused) return poller.refreshNow();
			// Paused: one poll of every source, then paused again. Resuming starts each source's poll at once
			// (within its floor and never beside one in flight); pausing straight away schedules no other.
			poller.resume();
			poller.pause();
			return dispatch({type: 'notice', notice: 'refreshedWhilePaused'});
		case 'pause':
			if (state.paused) dispatch({type: 'notice', notice: undefined});
			return state.paused ? poller.resume() : poller.pause();
		case 'events':
			return dispatch(ui.mode === 'events' ? {type: 'close'} : {type: 'open', mode: 'events'});
		case 'failures':
			return dispatch(ui.mode === 'failures' ? {type: 'close'} : {type: 'open', mode: 'failures'});
		case 'help':
			return dispatch(ui.mode === 'help' ? {type: 'close'} : {type: 'open', mode: 'help'});
		case 'copyId':
			return context.copy?.('id');
		case 'copyRecord':
			return context.copy?.('record');
		case 'copyReason':
			return context.copy?.('reason');
		case 'recap':
			return context.recap?.();
		case 'cutover':
			return dispatch(ui.mode === 'cutover' ? {type: 'close'} : {type: 'open', mode: 'cutover'});
		case 'quit':
			// A stray q during a cutover should not end the watch: ask once while anything is running.
			if (ui.quitArmed || selectCounts(state).active === 0) return context.quit();
			return dispatch({type: 'armQuit'});
	}
}

export function handleKey(input: string, key: Key, context: KeyContext): void {
	// Keys typed faster than they are read arrive together; each is handled in turn, by the view it lands in
	// (a key may open or close the search prompt for the keys after it), which `currentUi` knows at once.
	// A view opened or closed by an earlier key has not rendered yet, so how far it scrolls is not known: its
	// scroll is then kept within bounds when it renders, and by the next scroll (ui-state.ts).
	if (context.onInput?.(input) === true) return;
	for (const press of splitKeys(input, key)) {
		if (isInterrupt(press.input, press.key)) return context.quit();
		handleOne(press.input, press.key, {...context, ui: context.currentUi()});
	}
}

function handleOne(input: string, key: Key, context: KeyContext): void {
	if (context.ui.mode === 'search') return handleSearchKey(input, key, context);
	const action = actionFor(context.ui.mode, input, key);
	if (context.ui.quitArmed && action !== 'quit') context.dispatch({type: 'disarmQuit'});
	if (action) runAction(action, context);
}

/** `active` is false when stdin cannot be put in raw mode (not a terminal): then only signals stop the app. */
export function useKeys(context: KeyContext, active: boolean): void {
	useInput((input, key) => handleKey(input, key, context), {isActive: active});
}
