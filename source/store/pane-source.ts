// One health badge per pane from the sources behind it (one per account × region): the worst wins.
import {compactRegion} from '../model/region-label.js';
import type {TaskKind, TaskScope} from '../model/task.js';
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
};

const rank: Record<SourcePhase, number> = {ok: 0, polling: 1, idle: 2, throttled: 3, error: 4};

/** What a source amounts to for the badge: 'polling' hides neither an earlier failure nor an earlier success. */
export function effectivePhase(source: SourceState): SourcePhase {
	if (source.phase !== 'polling') return source.phase;
	if (source.lastError) return source.lastError.throttled ? 'throttled' : 'error';
	return source.lastSuccessAt === undefined ? 'polling' : 'ok';
}

const memos = new WeakMap<ReadonlyMap<string, SourceState>, Map<TaskKind, PaneSourceState | undefined>>();

/** Undefined when the pane has no source (kind not watched). Same object while sources are unchanged. */
export function selectPaneSource(state: CutwatchData, kind: TaskKind): PaneSourceState | undefined {
	let memo = memos.get(state.sources);
	if (!memo) memos.set(state.sources, (memo = new Map()));
	if (memo.has(kind)) return memo.get(kind);
	const result = aggregate([...state.sources.values()].filter((source) => source.kind === kind));
	memo.set(kind, result);
	return result;
}

function aggregate(sources: readonly SourceState[]): PaneSourceState | undefined {
	const first = sources[0];
	if (first === undefined) return undefined;
	let worst = first;
	let staleSince: number | undefined;
	let lastSuccessAt: number | undefined;
	let nextPollAt: number | undefined;
	let consecutiveFailures = 0;
	for (const source of sources) {
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

/** Which scope a row must name so that rows of different regions or accounts are told apart. */
export type ScopeParts = 'none' | 'region' | 'account' | 'both';

export type ScopeColumn = {
	readonly parts: ScopeParts;
	/** Widest label of any watched source, full and compact (0 when parts is 'none'). */
	readonly full: number;
	readonly compact: number;
};

/** "prod eu-west-1" / "prod euw1" / "eu-west-1": the parts of a scope that tell rows apart. */
export function scopeLabel(scope: Pick<TaskScope, 'account' | 'region'>, parts: ScopeParts, compact: boolean): string {
	const region = compact ? compactRegion(scope.region) : scope.region;
	switch (parts) {
		case 'none':
			return '';
		case 'region':
			return region;
		case 'account':
			return scope.account ?? '';
		case 'both':
			return `${scope.account ?? ''} ${region}`.trim();
	}
}

/**
 * Shown whenever the sources (of one pane, or of all with no kind) span more than one region or account, so
 * rows that would otherwise look the same are told apart. Compare with useShallow (new object per call).
 */
export function selectScopeColumn(state: Pick<CutwatchData, 'sources'>, kind?: TaskKind): ScopeColumn {
	const regions = new Set<string>();
	const accounts = new Set<string>();
	const sources = [...state.sources.values()].filter((source) => kind === undefined || source.kind === kind);
	for (const source of sources) {
		regions.add(source.region);
		accounts.add(source.account ?? '');
	}
	const parts: ScopeParts = regions.size > 1 ? (accounts.size > 1 ? 'both' : 'region') : accounts.size > 1 ? 'account' : 'none';
	let full = 0;
	let compact = 0;
	if (parts !== 'none') {
		for (const source of sources) {
			full = Math.max(full, scopeLabel(source, parts, false).length);
			compact = Math.max(compact, scopeLabel(source, parts, true).length);
		}
	}
	return {parts, full, compact};
}
