// Rings the terminal bell when a task fails (--bell failed, the default) or also when one completes
// (--bell all), so tmux can flag the window. One bell per poll, however many tasks changed; tasks that were
// already failed when cutwatch started are not news and ring nothing.
import {useEffect} from 'react';
import type {BellMode} from '../../config/config.js';
import {eventsSince, type CutwatchState, type CutwatchStore, type TaskEvent} from '../../store/index.js';
import type {TerminalControl} from '../terminal/terminal-control.js';

export function ringsBell(event: TaskEvent, mode: BellMode): boolean {
	if (mode === 'none' || event.initial) return false;
	return event.type === 'failed' || (mode === 'all' && event.type === 'completed');
}

export function useBell(store: CutwatchStore, mode: BellMode, control: Pick<TerminalControl, 'bell'>): void {
	useEffect(() => {
		if (mode === 'none') return undefined;
		let lastSeq = store.getState().nextSeq - 1;
		const onChange = (state: CutwatchState) => {
			if (state.nextSeq - 1 === lastSeq) return;
			const fresh = eventsSince(state.events, lastSeq);
			lastSeq = state.nextSeq - 1;
			if (fresh.some((event) => ringsBell(event, mode))) control.bell();
		};
		return store.subscribe(onChange);
	}, [store, mode, control]);
}
