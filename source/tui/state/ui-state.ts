// The screen's own state: what decides only how the screen is drawn (which view is open, where each view is
// scrolled and how far it can go, the page size, the event log's filter). What decides which tasks a selector
// returns (focus, filters, search, sort, selection, the account fold) is view state in the store, beside the data.
import {cycleFilterValue, type StatusFilter} from '../../store/index.js';
import type {Mode} from '../keys/keymap.js';
import {scrollBy} from '../layout/scroll-window.js';

export type UiState = {
	readonly mode: Mode;
	/** Where closing the current view returns to (help and search open over any view). */
	readonly back: Mode;
	/** Scroll position of each scrollable view; for the event log and the failures view, the entry its cursor is on. */
	readonly scroll: Readonly<Record<ScrollView, number>>;
	/**
	 * How far each view can scroll, as it last rendered (use-scroll-window.ts reports it after each commit).
	 * Infinity until a view just opened has rendered: keys typed in the same read as the one that opened it
	 * scroll it unbounded, and the view keeps that within bounds when it renders, as the next scroll does.
	 */
	readonly extent: Readonly<Record<ScrollView, number>>;
	/** Rows the focused pane (or the failures view, the event log) shows: what PgUp/PgDn move by. */
	readonly page: number;
	/** The cursor is on the focused pane's error line (above its first row), where Enter opens the source view. */
	readonly onProblem: boolean;
	readonly eventFilter: StatusFilter;
	/** The filter --status chose: where the event log starts, and a stop on its f cycle. */
	readonly initialFilter: StatusFilter;
	/** One line for the footer about what a key just did, shown while it stays true (see KeyHints). */
	readonly notice?: 'refreshedWhilePaused' | undefined;
	/** `q` was pressed while tasks are active: the next `q` quits, any other key keeps watching. */
	readonly quitArmed: boolean;
	/** `z`: the focused pane takes the whole body, the others one summary line each. */
	readonly zoom: boolean;
};

export type ScrollView = 'detail' | 'events' | 'failures' | 'source' | 'help' | 'cutover';

const scrollViews: readonly Mode[] = ['detail', 'events', 'failures', 'source', 'help', 'cutover'] satisfies readonly ScrollView[];

function isScrollView(mode: Mode): mode is ScrollView {
	return scrollViews.includes(mode);
}

const unknownExtent = Number.POSITIVE_INFINITY;

/**
 * A view just opened or returned to has not rendered yet, and may hold more than when it last did (a search
 * cleared, events arrived under the help): how far it scrolls is known again once it has rendered.
 */
function unknownFor(extent: UiState['extent'], mode: Mode): UiState['extent'] {
	return isScrollView(mode) && extent[mode] !== unknownExtent ? {...extent, [mode]: unknownExtent} : extent;
}

export type UiEvent =
	| {readonly type: 'open'; readonly mode: Mode}
	| {readonly type: 'close'}
	/** Scrolls the current view by `by` lines, kept within its extent. */
	| {readonly type: 'scroll'; readonly by: number}
	/** A view rendered: how far it can scroll now. */
	| {readonly type: 'extent'; readonly view: ScrollView; readonly max: number}
	/** The focused pane rendered: how many rows it shows. */
	| {readonly type: 'page'; readonly rows: number}
	| {readonly type: 'cycleEventFilter'; readonly delta: number}
	| {readonly type: 'notice'; readonly notice: UiState['notice']}
	| {readonly type: 'problemCursor'; readonly on: boolean}
	| {readonly type: 'armQuit' | 'disarmQuit'}
	| {readonly type: 'toggleZoom'};

export const initialUiState: UiState = {
	mode: 'main',
	back: 'main',
	scroll: {detail: 0, events: 0, failures: 0, source: 0, help: 0, cutover: 0},
	extent: {detail: unknownExtent, events: unknownExtent, failures: unknownExtent, source: unknownExtent, help: unknownExtent, cutover: unknownExtent},
	page: 1,
	onProblem: false,
	eventFilter: 'all',
	initialFilter: 'all',
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
			const scroll = isScrollView(event.mode) ? {...state.scroll, [event.mode]: 0} : state.scroll;
			const back = event.mode === 'help' || event.mode === 'search' || state.mode === 'events' || state.mode === 'failures' ? state.mode : 'main';
			return {...state, mode: event.mode, back, scroll, extent: unknownFor(state.extent, event.mode), onProblem: false};
		}
		case 'close': {
			if (state.mode === 'main') return state;
			const mode = state.back === state.mode ? 'main' : state.back;
			return {...state, mode, back: 'main', extent: unknownFor(state.extent, mode)};
		}
		case 'scroll': {
			const view = state.mode;
			if (!isScrollView(view)) return state;
			const next = scrollBy(state.scroll[view], event.by, state.extent[view]);
			return next === state.scroll[view] ? state : {...state, scroll: {...state.scroll, [view]: next}};
		}
		case 'extent':
			return state.extent[event.view] === event.max ? state : {...state, extent: {...state.extent, [event.view]: event.max}};
		case 'page':
			return state.page === event.rows ? state : {...state, page: event.rows};
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
