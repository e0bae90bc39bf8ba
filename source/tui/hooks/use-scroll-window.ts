// The scroll window (layout/scroll-window.ts) as hooks. Where a window was is state, kept from one render to
// the next the way React keeps "information from previous renders" (set during render, only when it moved),
// so no ref is written while rendering. How far a view scrolls goes to the screen's state (ui-state.ts) after
// each commit, where the keys read it.
import {useLayoutEffect, useState} from 'react';
import {scrollExtent, scrollWindow, type ScrollWindow} from '../layout/scroll-window.js';

/**
 * A window that follows a cursor: `follow` gets the offset of the last render and returns this render's
 * window (and whatever else it worked out on the way, such as a pane's columns). `remember` false: a view
 * whose window is where the keys put it has nothing to keep.
 */
export function useScrollWindow<W extends ScrollWindow>(follow: (previous: number) => W, remember = true): W {
	const [previous, setPrevious] = useState(0);
	const window = follow(previous);
	if (remember && window.offset !== previous) setPrevious(window.offset);
	return window;
}

export type ScrollViewSpec = {
	/** The key-driven position: the first line shown ('window'), or the row the cursor is on ('cursor'). */
	readonly scroll: number;
	readonly total: number;
	readonly room: number;
	readonly moves: 'window' | 'cursor';
	/** Told the furthest position the keys may scroll to, after every commit (the state drops repeats). */
	readonly onExtent: (max: number) => void;
	/** Lines row `index` takes, for a view whose rows are not one line each (moves: 'cursor'). */
	readonly linesOf?: (index: number) => number;
};

/** A full-screen view's window over one-line rows, and the cursor on it (-1 in a view without one). */
export function useScrollView({scroll, total, room, moves, onExtent, linesOf}: ScrollViewSpec): ScrollWindow & {readonly cursor: number} {
	const cursor = moves === 'cursor' ? Math.max(0, Math.min(scroll, total - 1)) : -1;
	const window = useScrollWindow(
		(previous) => scrollWindow({previous: moves === 'cursor' ? previous : scroll, cursor, total, room, ...(linesOf ? {linesOf} : {})}),
		moves === 'cursor',
	);
	const max = scrollExtent(total, room, moves);
	// After every commit, not only when `max` changes: the screen's state forgets the extent whenever a view
	// opens or closes (ui-state.ts), and this view may stay on screen through that (the search prompt).
	useLayoutEffect(() => onExtent(max));
	return {...window, cursor};
}
