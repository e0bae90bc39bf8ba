// Which panes exist: the kinds that have a registered source (all four before the poller registers any),
// memoised on the sources map so subscribers get the same array while sources are unchanged.
import {taskKinds, type TaskKind} from '../model/task.js';
import {selectPaneSource, type CutwatchData} from '../store/index.js';
import {paneStatus} from './source-status.js';

const memo = new WeakMap<CutwatchData['sources'], readonly TaskKind[]>();

export function watchedKinds(state: CutwatchData): readonly TaskKind[] {
	let kinds = memo.get(state.sources);
	if (!kinds) {
		const used = new Set([...state.sources.values()].map((source) => source.kind));
		kinds = used.size === 0 ? taskKinds : taskKinds.filter((kind) => used.has(kind));
		memo.set(state.sources, kinds);
	}
	return kinds;
}

/** True while some pane shows a seconds countdown: only then the screen runs a one-second clock. */
export function countdownOnScreen(state: CutwatchData): boolean {
	for (const kind of watchedKinds(state)) {
		if (paneStatus(selectPaneSource(state, kind), 0, state.paused).countsSeconds) return true;
	}
	return false;
}
