// Which panes are on screen (the store's selectWatchedKinds) and whether any of them counts seconds.
import {selectPaneSource, selectWatchedKinds, type CutwatchData} from '../../store/index.js';
import {paneStatus} from '../text/source-status.js';

export const watchedKinds = selectWatchedKinds;

/** True while some pane shows a seconds countdown: only then the screen runs a one-second clock. */
export function countdownOnScreen(state: CutwatchData): boolean {
	for (const kind of watchedKinds(state)) {
		if (paneStatus(selectPaneSource(state, kind), 0, state.paused).countsSeconds) return true;
	}
	return false;
}
