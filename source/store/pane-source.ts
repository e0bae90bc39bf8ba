// One health badge per pane from the sources behind it (one per account × region): the worst wins.
import type {TaskKind} from '../model/task.js';
import type {CutwatchData, SourceError, SourcePhase, SourceState} from './state.js';

export type PaneSourceState = {
	/** Worst phase among the pane's sources; a source retrying after a failure still counts as failed. */
	readonly phase: SourcePhase;
	/** Some source has a request in flight (spinner). */
	readonly polling: boolean;
	/** The source that set `phase`. */
	readonly worst: SourceState;
	readonly sources: readonly SourceState[];
	/** Earliest staleSince: the pane shows data that old from at least one source. */
	readonly staleSince?: number | undefined;
	/** Oldest last success among sources that have one. */
	readonly lastSuccessAt?: number | undefined;
	/** Soonest next poll. */
	readonly nextPollAt?: number | undefined;
	readonly lastError?: SourceError | undefined;
	readonly consecutiveFailures: number;
	/** Pages arrived of first listings still being fetched (summed over the pane's sources), or undefined. */
	readonly loadingPages?: number | undefined;
};

const rank: Record<SourcePhase, number> = {ok: 0, polling: 1, idle: 2, throttled: 3, error: 4};

/** What a source amounts to for the badge: 'polling' hides neither an earlier failure nor an earlier success. */
export function effectivePhase(source: SourceState): SourcePhase {
	if (source.phase !== 'polling') return source.phase;
	if (source.lastError) return source.lastError.throttled ? 'throttled' : 'error';
	return source.lastSuccessAt === undefined ? 'polling' : 'ok';
}

const memos = new WeakMap<ReadonlyMap<string, SourceState>, Map<TaskKind, PaneSourceState | undefined>>();
const singles = new WeakMap<SourceState, PaneSourceState>();

/** One source as a pane of its own would show it (the fleet view's group lines). Same object per source state. */
export function singleSourceState(source: SourceState): PaneSourceState {
	let single = singles.get(source);
	if (!single) singles.set(source, (single = aggregate([source])!));
	return single;
}

/** Undefined when the pane has no source (kind not watched). Same object while sources are unchanged. */
export function selectPaneSource(state: CutwatchData, kind: TaskKind): PaneSourceState | undefined {
	let memo = memos.get(state.sources);
	if (!memo) memos.set(state.sources, (memo = new Map()));
	if (memo.has(kind)) return memo.get(kind);
	const result = aggregate([...state.sources.values()].filter((source) => source.kind === kind));
	memo.set(kind, result);
	return result;
}

export function aggregate(sources: readonly SourceState[]): PaneSourceState | undefined {
	const first = sources[0];
	if (first === undefined) return undefined;
	let worst = first;
	let staleSince: number | undefined;
	let lastSuccessAt: number | undefined;
	let nextPollAt: number | undefined;
	let consecutiveFailures = 0;
	let loadingPages: number | undefined;
	for (const source of sources) {
		if (source.loadingPages !== undefined) loadingPages = (loadingPages ?? 0) + source.loadingPages;
		if (rank[effectivePhase(source)] > rank[effectivePhase(worst)]) worst = source;
		staleSince = min(staleSince, source.staleSince);
		lastSuccessAt = min(lastSuccessAt, source.lastSuccessAt);
		nextPollAt = min(nextPollAt, source.nextPollAt);
		consecutiveFailures = Math.max(consecutiveFailures, source.consecutiveFailures);
	}
	return {
		phase: effectivePhase(worst),
		polling: sources.some((source) => source.phase === 'polling'),
		worst,
		sources,
		staleSince,
		lastSuccessAt,
		nextPollAt,
		lastError: worst.lastError ?? sources.find((source) => source.lastError)?.lastError,
		consecutiveFailures,
		loadingPages,
	};
}

function min(a: number | undefined, b: number | undefined): number | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.min(a, b);
}

/** Sources failing now (error or throttled, also while their retry is in flight): the header and the title. */
export function selectFailingSources(state: Pick<CutwatchData, 'sources'>): number {
	let failing = 0;
	for (const source of state.sources.values()) {
		const phase = effectivePhase(source);
		if (phase === 'error' || phase === 'throttled') failing++;
	}
	return failing;
}

/** Keys of the pane's sources whose rows are last good data (failed since their last success). */
export function selectStaleSourceKeys(state: Pick<CutwatchData, 'sources'>, kind: TaskKind): string[] {
	const keys: string[] = [];
	for (const source of state.sources.values()) if (source.kind === kind && source.staleSince !== undefined) keys.push(source.key);
	return keys;
}
