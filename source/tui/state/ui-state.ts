// The screen's own state, apart from the store's view state (focus, filters, search, sort and selection
// live in the store): which view is open, where each scrollable view is scrolled, the event log's filter.
import {cycleFilterValue, type StatusFilter} from '../../store/index.js';
import type {Mode} from '../keys/keymap.js';

export type UiState = {
	readonly mode: Mode;
	/** Where closing the current view returns to (help and search open over any view). */
	readonly back: Mode;
	/** Scroll position of each scrollable view; for the event log and the failures view, the entry its cursor is on. */
	readonly scroll: Readonly<Record<ScrollView, number>>;
	/** The cursor is on the focused pane's error line (above its first row), where Enter opens the source view. */
	readonly onProblem: boolean;
	readonly eventFilter: StatusFilter;
	/** Counts views opened and closed: a key can tell whether the view it sees has rendered yet (use-keys.ts). */
	readonly viewSeq: number;
	/** The filter --status chose: where the event log starts, and a stop on its f cycle. */
	readonly initialFilter: StatusFilter;
	/** One line for the footer about what a key just did, shown while it stays true (see KeyHints). */
	readonly notice?: 'refreshedWhilePaused' | undefined;
	/** `q` was pressed while tasks are active: the next `q` quits, any other key keeps watching. */
	readonly quitArmed: boolean;
	/** `z`: the focused pane takes the whole body, the others one summary line each. */
	readonly zoom: boolean;
};

type ScrollView = 'detail' | 'events' | 'failures' | 'source' | 'help' | 'cutover';

export type UiEvent =
	| {readonly type: 'open'; readonly mode: Mode}
	| {readonly type: 'close'}
	/** Scrolls the current view by `by` lines, kept within 0..max. */
	| {readonly type: 'scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'cycleEventFilter'; readonly delta: number}
	| {readonly type: 'notice'; readonly notice: UiState['notice']}
	| {readonly type: 'problemCursor'; readonly on: boolean}
	| {readonly type: 'armQuit' | 'disarmQuit'}
	| {readonly type: 'toggleZoom'};

export const initialUiState: UiState = {
	mode: 'main',
	back: 'main',
	scroll: {detail: 0, events: 0, failures: 0, source: 0, help: 0, cutover: 0},
	onProblem: false,
	eventFilter: 'all',
	initialFilter: 'all',
	viewSeq: 0,
	quitArmed: false,
	zoom: false,
};

export function uiStateFor(initialFilter: StatusFilter): UiState {
	return initialFilter === 'all' ? initialUiState : {...initialUiState, eventFilter: initialFilter, initialFilter};
}

export function uiReducer(state: UiState, event: UiEvent): UiState {
	switch (event.type) {
		case 'open': {
			if (state.mode === event.mode) return state;
			// A view opens at its top; help and search come back to where they were opened, and so do a detail
			// or a source error opened from the event log or the failures view.
			const scroll = event.mode !== 'main' && event.mode !== 'search' ? {...state.scroll, [event.mode]: 0} : state.scroll;
			const back = event.mode === 'help' || event.mode === 'search' || state.mode === 'events' || state.mode === 'failures' ? state.mode : 'main';
			return {...state, mode: event.mode, back, scroll, onProblem: false, viewSeq: state.viewSeq + 1};
		}
		case 'close': {
			if (state.mode === 'main') return state;
			return {...state, mode: state.back === state.mode ? 'main' : state.back, back: 'main', viewSeq: state.viewSeq + 1};
		}
		case 'scroll': {
			const view = state.mode;
			if (view !== 'detail' && view !== 'events' && view !== 'failures' && view !== 'source' && view !== 'help' && view !== 'cutover') return state;
			// The view may have been scrolled before its extent was known (keys in one read, use-keys.ts).
			const max = Math.max(0, event.max);
			const next = Math.min(max, Math.max(0, Math.min(state.scroll[view], max) + event.by));
			return next === state.scroll[view] ? state : {...state, scroll: {...state.scroll, [view]: next}};
		}
		case 'problemCursor':
			return state.onProblem === event.on ? state : {...state, onProblem: event.on};
		case 'notice':
			return state.notice === event.notice ? state : {...state, notice: event.notice};
		case 'cycleEventFilter':
			return {...state, eventFilter: cycleFilterValue(state.eventFilter, state.initialFilter, event.delta)};
		case 'toggleZoom':
			return {...state, zoom: !state.zoom};
		case 'armQuit':
		case 'disarmQuit': {
			const quitArmed = event.type === 'armQuit';
			return state.quitArmed === quitArmed ? state : {...state, quitArmed};
		}
	}
}
