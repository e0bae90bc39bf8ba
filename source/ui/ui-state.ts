// The screen's own state, apart from the store's view state (focus, filters, search, sort and selection
// live in the store): which view is open, where each scrollable view is scrolled, the event log's filter.
import {filterCycle, type StatusFilter} from '../store/index.js';
import type {Mode} from './keymap.js';

export type UiState = {
	readonly mode: Mode;
	/** Where closing the current view returns to (help and search open over any view). */
	readonly back: Mode;
	readonly scroll: Readonly<Record<ScrollView, number>>;
	readonly eventFilter: StatusFilter;
};

type ScrollView = 'detail' | 'events' | 'help' | 'cutover';
const scrollViews: readonly Mode[] = ['detail', 'events', 'help', 'cutover'];
const isScrollView = (mode: Mode): mode is ScrollView => scrollViews.includes(mode);

export type UiEvent =
	| {readonly type: 'open'; readonly mode: Mode}
	| {readonly type: 'close'}
	/** Scrolls the current view by `by` lines, kept within 0..max. */
	| {readonly type: 'scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'cycleEventFilter'; readonly delta: number};

export const initialUiState: UiState = {mode: 'main', back: 'main', scroll: {detail: 0, events: 0, help: 0, cutover: 0}, eventFilter: 'all'};

export function uiReducer(state: UiState, event: UiEvent): UiState {
	switch (event.type) {
		case 'open': {
			if (state.mode === event.mode) return state;
			// A detail or the event log opens at its top; help and search come back to where they were opened.
			const scroll = event.mode === 'detail' || event.mode === 'events' || event.mode === 'help' || event.mode === 'cutover' ? {...state.scroll, [event.mode]: 0} : state.scroll;
			const back = event.mode === 'help' || event.mode === 'search' ? state.mode : 'main';
			return {...state, mode: event.mode, back, scroll};
		}
		case 'close': {
			if (state.mode === 'main') return state;
			return {...state, mode: state.back === state.mode ? 'main' : state.back, back: 'main'};
		}
		case 'scroll': {
			const view = state.mode;
			if (!isScrollView(view)) return state;
			const next = Math.min(Math.max(0, event.max), Math.max(0, state.scroll[view] + event.by));
			return next === state.scroll[view] ? state : {...state, scroll: {...state.scroll, [view]: next}};
		}
		case 'cycleEventFilter': {
			const at = Math.max(0, filterCycle.indexOf(state.eventFilter));
			const n = filterCycle.length;
			return {...state, eventFilter: filterCycle[(((at + event.delta) % n) + n) % n]!};
		}
	}
}
