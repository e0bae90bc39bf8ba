// What changed between two versions of a pane's task map. The store records, for every new map it makes from
// an old one, the keys it set or deleted; selectors that hold a result for an older map then update it by
// those keys (O(changed)) instead of recomputing it over every task. Deltas name maps by a version number,
// never hold a map, and only the latest few are kept: memory stays flat, and a selector whose base is older
// than that simply recomputes.
import type {TrackedTask} from './state.js';

type PaneMap = ReadonlyMap<string, TrackedTask>;
/** keys undefined: too many changed to be worth following. */
type Delta = {readonly from: number; readonly keys: readonly string[] | undefined};

const versions = new WeakMap<PaneMap, number>();
let nextVersion = 1;
const recent = new Map<number, Delta>();
/** Deltas kept (all panes of all stores in the process). */
const keptDeltas = 256;
/** Past this many steps, recomputing is as cheap as following the chain. */
const maxSteps = 32;

function versionOf(map: PaneMap): number {
	let version = versions.get(map);
	if (version === undefined) versions.set(map, (version = nextVersion++));
	return version;
}

export function recordDelta(next: PaneMap, from: PaneMap, keys: Iterable<string>): void {
	if (next === from) return;
	const list = [...keys];
	recent.set(versionOf(next), {from: versionOf(from), keys: list.length <= Math.max(64, from.size / 8) ? list : undefined});
	if (recent.size > keptDeltas) recent.delete(recent.keys().next().value!);
}

/**
 * The keys changed from `ancestor` to `map`, or undefined when `map` was not made from `ancestor` through
 * recorded steps (another store, steps forgotten) or when so much changed that a full pass is cheaper.
 */
export function changedSince(map: PaneMap, ancestor: PaneMap): ReadonlySet<string> | undefined {
	const target = versions.get(ancestor);
	let current = versions.get(map);
	if (target === undefined || current === undefined) return undefined;
	const keys = new Set<string>();
	const limit = Math.max(64, map.size / 8);
	for (let step = 0; step <= maxSteps; step++) {
		if (current === target) return keys;
		const delta = recent.get(current);
		if (delta?.keys === undefined) return undefined;
		for (const key of delta.keys) keys.add(key);
		if (keys.size > limit) return undefined;
		current = delta.from;
	}
	return undefined;
}
