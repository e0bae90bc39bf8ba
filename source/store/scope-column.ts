// The region/account column: shown when the sources of a pane (or all, for the event log) span more than one
// region or account, so rows that would otherwise look the same are told apart.
import {compactRegion} from '../model/region-label.js';
import type {TaskKind, TaskScope} from '../model/task.js';
import type {CutwatchData} from './state.js';

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
