// When the API lists each task of a scenario, so the soak can bound what cutwatch may track: no more than was
// listed within its gone-task retention. Computed from the scenario itself, so a store that never forgets fails.
import type {TaskKind} from '../source/model/task.js';
import type {Scenario} from '../source/simulator/index.js';

export type ListingWindow = {kind: TaskKind; from: number; until: number};

/** The end of a task's listing window, in simulated ms (simulator/protocol/task-views.ts: stores count from the start). */
function listedUntil(kind: TaskKind, startMs: number, durationMs: number, retention: number): number {
	return kind === 'store-image' ? startMs + retention : startMs + durationMs + 30_000 + retention;
}

export function listingWindows(scenario: Scenario): ListingWindow[] {
	const r = scenario.retention;
	return [
		...scenario.importSnapshots.map((t) => ({
			kind: 'import-snapshot' as const,
			from: t.startMs,
			until: listedUntil('import-snapshot', t.startMs, t.durationMs, r.importSnapshotMs),
		})),
		...scenario.imageExports.map((t) => ({
			kind: 'export-image' as const,
			from: t.startMs,
			until: listedUntil('export-image', t.startMs, t.durationMs, r.imageExportMs),
		})),
		...scenario.storeImageTasks.map((t) => ({
			kind: 'store-image' as const,
			from: t.startMs,
			until: listedUntil('store-image', t.startMs, t.durationMs, r.storeImageMs),
		})),
		...scenario.discoveryImports.map((t) => ({
			kind: 'discovery-import' as const,
			from: t.startMs,
			until: listedUntil('discovery-import', t.startMs, t.durationMs, r.discoveryImportMs),
		})),
	];
}

/** Tasks listed at some point in [simNow - lookbackMs, simNow]. */
export function listedWithin(windows: readonly ListingWindow[], simNow: number, lookbackMs: number): number {
	return windows.filter((w) => w.from <= simNow && w.until >= simNow - lookbackMs).length;
}
