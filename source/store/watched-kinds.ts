// Which panes exist: the kinds that have a registered source (all four before the poller registers any),
// memoised on the sources map so subscribers get the same array while sources are unchanged.
import {taskKinds, type TaskKind} from '../model/task.js';
import type {CutwatchData} from './state.js';

const memo = new WeakMap<CutwatchData['sources'], readonly TaskKind[]>();

export function selectWatchedKinds(state: Pick<CutwatchData, 'sources'>): readonly TaskKind[] {
	let kinds = memo.get(state.sources);
	if (!kinds) {
		const used = new Set([...state.sources.values()].map((source) => source.kind));
		kinds = used.size === 0 ? taskKinds : taskKinds.filter((kind) => used.has(kind));
		memo.set(state.sources, kinds);
	}
	return kinds;
}
