// Store defaults, and a check that options make sense (a zero limit would silently keep nothing).
import type {StoreConfig, StoreOptions} from './state.js';

const minute = 60_000;

export const defaultStoreConfig: StoreConfig = {
	stalledAfterMs: undefined,
	stallPaceFactor: 3,
	stallMinMs: 5 * minute,
	stallNoPaceMs: 15 * minute,
	etaMinSamples: 3,
	eventLimit: 5_000,
	historyLimit: 32,
	sessionHistoryLimit: 240,
	etaWindowMs: 10 * minute,
	etaMinSpanMs: minute,
	goneRetentionMs: 24 * 60 * minute,
	focusedPane: 'import-snapshot',
	initialFilter: 'all',
};

export function resolveOptions(options: StoreOptions = {}): StoreConfig {
	const config = {...defaultStoreConfig};
	for (const [name, value] of Object.entries(options) as Array<[keyof StoreOptions, unknown]>) {
		if (value !== undefined) Object.assign(config, {[name]: value});
	}
	for (const name of ['eventLimit', 'historyLimit', 'sessionHistoryLimit'] as const) {
		if (!Number.isInteger(config[name]) || config[name] < 2) throw new RangeError(`${name} must be an integer ≥ 2`);
	}
	for (const name of ['stallPaceFactor', 'stallMinMs', 'stallNoPaceMs', 'etaWindowMs', 'etaMinSpanMs', 'goneRetentionMs', 'etaMinSamples'] as const) {
		if (!Number.isFinite(config[name]) || config[name] < 0) throw new RangeError(`${name} must be a finite number ≥ 0`);
	}
	const fixed = config.stalledAfterMs;
	if (fixed !== undefined && (!Number.isFinite(fixed) || fixed < 0)) throw new RangeError('stalledAfterMs must be a finite number ≥ 0');
	return Object.freeze(config);
}
