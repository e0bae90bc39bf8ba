// Keys → actions. The table is keymap.ts; this file only says what each action does in each view. It calls
// store actions and the poller's refreshNow/pause/resume, nothing else.
import {useInput, type Key} from 'ink';
import {taskKinds, type TaskKind} from '../model/task.js';
import type {Poller} from '../poller/poller.js';
import {selectSelectedTask, type CutwatchStore} from '../store/index.js';
import {actionFor, isInterrupt, type Action} from './keymap.js';
import {uiReducer, type UiEvent, type UiState} from './ui-state.js';

export type KeyContext = {
	readonly store: CutwatchStore;
	readonly poller: Pick<Poller, 'refreshNow' | 'pause' | 'resume'>;
	readonly ui: UiState;
	dispatch(event: UiEvent): void;
	/** Watched panes, in display order. */
	readonly panes: readonly TaskKind[];
	/** Rows in the focused pane, or lines in the open view: what PgUp/PgDn move by. */
	readonly pageSize: number;
	/** Last scroll position of the open view (detail, events, help), as it last rendered. */
	scrollMax(): number;
	quit(): void;
	/** y, Y, m: copy the selected task's id, record or failure reason (App owns the terminal write). */
	copy?(what: 'id' | 'record' | 'reason'): void;
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
	const page = Math.max(1, context.pageSize);
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
		case 'copyId':
			return context.copy?.('id');
		case 'copyRecord':
			return context.copy?.('record');
		case 'copyReason':
			return context.copy?.('reason');
		case 'cutover':
			return dispatch(ui.mode === 'cutover' ? {type: 'close'} : {type: 'open', mode: 'cutover'});
		case 'quit':
			return context.quit();
	}
}

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** The Key Ink would have reported for one plain character typed alone. */
function keyOfCharacter(character: string): Key {
	return {...noKey, return: character === '\r' || character === '\n', tab: character === '\t', shift: /^[A-Z]$/.test(character)};
}

export function handleKey(input: string, key: Key, context: KeyContext): void {
	if (isInterrupt(input, key)) return context.quit();
	// Keys typed faster than they are read (key repeat over a slow SSH link, tmux send-keys) arrive as one
	// chunk of text, which Ink passes on whole: take it apart and handle each key, following the view each
	// one opens (the reducer is pure, so the next key sees the view the previous one will have opened).
	if (input.length > 1 && !key.ctrl && !key.meta) {
		let current = context;
		for (const {segment} of segmenter.segment(input)) {
			const step: KeyContext = {
				...current,
				dispatch(event) {
					context.dispatch(event);
					current = {...current, ui: uiReducer(current.ui, event)};
				},
			};
			handleOne(segment, keyOfCharacter(segment), step);
		}
		return;
	}
	handleOne(input, key, context);
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
