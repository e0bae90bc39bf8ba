// --demo: when the last active task finishes, the screen turns to the cutover view, how the run went.
import {useEffect, useEffectEvent} from 'react';
import {selectCounts, type CutwatchStore} from '../../store/index.js';

/** Calls `onSettled` once each time the number of active tasks falls from some to none. */
export function useSettled(store: CutwatchStore, enabled: boolean, onSettled: () => void): void {
	// The latest onSettled, without resubscribing each render.
	const settled = useEffectEvent(onSettled);
	useEffect(() => {
		if (!enabled) return undefined;
		let active = selectCounts(store.getState()).active;
		return store.subscribe((state) => {
			const now = selectCounts(state).active;
			if (active > 0 && now === 0) settled();
			active = now;
		});
	}, [store, enabled]);
}
