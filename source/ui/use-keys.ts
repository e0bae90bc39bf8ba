// Keys → actions. The table is keymap.ts; this file only says what each action does in each view. It calls
// store actions and the poller's refreshNow/pause/resume, nothing else.
import {useInput, type Key} from 'ink';
import {taskKinds, type TaskKind} from '../model/task.js';
import type {Poller} from '../poller/poller.js';
import {selectSelectedTask, type CutwatchStore} from '../store/index.js';
import {actionFor, isInterrupt, type Action, type Mode} from './keymap.js';
import {splitKeys} from './split-keys.js';
import type {UiEvent, UiState} from './ui-state.js';

export type KeyContext = {
	readonly store: CutwatchStore;
	readonly poller: Pick<Poller, 'refreshNow' | 'pause' | 'resume'>;
	/** The view as of the last render; handleKey replaces it with `currentUi()` before each key. */
	readonly ui: UiState;
	/** The view as of now, after the keys before this one in the same read. */
	currentUi(): UiState;
	dispatch(event: UiEvent): void;
	/** Watched panes, in display order. */
	readonly panes: readonly TaskKind[];
	/** Rows in the focused pane (main), or lines in the open view: what PgUp/PgDn move by. */
	pageSize(mode: Mode): number;
	/** Last scroll position of the open view (detail, events, help), as it last rendered. */
	scrollMax(): number;
	quit(): void;
};

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** What typing may add to the search box: printable text only (a paste can carry anything). */
function typed(input: string): string {
	return input.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
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
	context.dispatch({type: 'scroll', by, max: context.scrollMax()});
}

function runAction(action: Action, context: KeyContext): void {
	const {store, poller, ui, dispatch} = context;
	const state = store.getState();
	const focused = state.view.focusedPane;
	const inList = ui.mode === 'main';
	const page = Math.max(1, context.pageSize(ui.mode));
	switch (action) {
		case 'up':
			return inList ? state.moveSelection(focused, -1) : scroll(context, -1);
		case 'down':
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
		case 'open':
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
			return poller.refreshNow();
		case 'pause':
			return state.paused ? poller.resume() : poller.pause();
		case 'events':
			return dispatch(ui.mode === 'events' ? {type: 'close'} : {type: 'open', mode: 'events'});
		case 'help':
			return dispatch(ui.mode === 'help' ? {type: 'close'} : {type: 'open', mode: 'help'});
		case 'quit':
			return context.quit();
	}
}

const unknownExtent = () => Number.POSITIVE_INFINITY;

export function handleKey(input: string, key: Key, context: KeyContext): void {
	// Keys typed faster than they are read arrive together; each is handled in turn, by the view it lands in
	// (a key may open or close the search prompt for the keys after it), which `currentUi` knows at once.
	// A view opened or closed by an earlier key has not rendered yet, so how far it scrolls is not known: its
	// scroll is then kept within bounds when it renders, and by the next scroll (ui-state.ts).
	const rendered = context.ui;
	for (const press of splitKeys(input, key)) {
		if (isInterrupt(press.input, press.key)) return context.quit();
		const ui = context.currentUi();
		const step: KeyContext = {...context, ui, scrollMax: ui.viewSeq === rendered.viewSeq ? context.scrollMax : unknownExtent};
		handleOne(press.input, press.key, step);
	}
}

function handleOne(input: string, key: Key, context: KeyContext): void {
	if (context.ui.mode === 'search') return handleSearchKey(input, key, context);
	const action = actionFor(context.ui.mode, input, key);
	if (action) runAction(action, context);
}

/** `active` is false when stdin cannot be put in raw mode (not a terminal): then only signals stop the app. */
export function useKeys(context: KeyContext, active: boolean): void {
	useInput((input, key) => handleKey(input, key, context), {isActive: active});
}
