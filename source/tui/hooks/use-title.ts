// Keeps the terminal (and tmux) title on a live summary, e.g. "cutwatch ▶12 ✗1 ✓30", written only when it
// changes; the previous title comes back when the screen closes. --no-title turns it off.
import {useEffect} from 'react';
import {selectCounts, selectFailingSources, summaryLine, type CutwatchData, type CutwatchStore} from '../../store/index.js';
import type {TerminalControl} from '../terminal/terminal-control.js';
import {categoryGlyphs, categoryWords} from '../../format/category-marks.js';

/** Failing sources come first: tmux cuts a long window title at its end. */
export function titleText(state: CutwatchData, ascii: boolean): string {
	const failing = selectFailingSources(state);
	const sources = failing === 0 ? '' : `${ascii ? categoryWords.failed : categoryGlyphs.failed} ${failing} source${failing === 1 ? '' : 's'} `;
	return `cutwatch ${sources}${summaryLine(selectCounts(state), {ascii})}${state.paused ? ' (paused)' : ''}`;
}

export function useTitle(store: CutwatchStore, enabled: boolean, ascii: boolean, control: Omit<TerminalControl, 'bell'>): void {
	useEffect(() => {
		if (!enabled) return undefined;
		control.saveTitle();
		let last = '';
		const update = (state: CutwatchData) => {
			const title = titleText(state, ascii);
			if (title === last) return;
			last = title;
			control.setTitle(title);
		};
		update(store.getState());
		const unsubscribe = store.subscribe(update);
		return () => {
			unsubscribe();
			control.restoreTitle();
		};
	}, [store, enabled, ascii, control]);
}
