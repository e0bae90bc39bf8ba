// A pane's task map after a merge, made without copying the pane. Two-tier polling merges a few hundred tasks
// into a pane of up to 50,000 every 15 s; `new Map(previous)` for each merge cost ~7 ms and ~2 MiB of garbage
// at that size. A PaneMap is the previous map (its base, never written again) plus an overlay of the entries
// set since, copied per merge; when the overlay grows past a sixteenth of the base it is folded into a new
// base. Older maps stay valid (selectors and deltas read them), iteration order is a Map's: the base's keys
// in their order, a key set again in its old place, new keys after them in the order they were set.
import type {TrackedTask} from './state.js';

type Entries = ReadonlyMap<string, TrackedTask>;

/** Overlays up to max(minOverlay, base/16) entries: the copy per merge stays small, the base is re-copied rarely. */
const minOverlay = 512;

export class PaneMap implements ReadonlyMap<string, TrackedTask> {
	readonly size: number;

	private constructor(
		private readonly base: Entries,
		private readonly overlay: Entries,
		size: number,
	) {
		this.size = size;
	}

	/** `previous` with `changed` set in it (no deletes: a gone task is kept, marked gone). */
	static with(previous: Entries, changed: Entries): Entries {
		const base = previous instanceof PaneMap ? previous.base : previous;
		const overlay = new Map(previous instanceof PaneMap ? previous.overlay : undefined);
		let size = previous.size;
		for (const [key, tracked] of changed) {
			if (!overlay.has(key) && !base.has(key)) size++;
			overlay.set(key, tracked);
		}
		if (overlay.size <= Math.max(minOverlay, base.size / 16)) return new PaneMap(base, overlay, size);
		const flat = new Map(base);
		for (const [key, tracked] of overlay) flat.set(key, tracked);
		return flat;
	}

	get(key: string): TrackedTask | undefined {
		return this.overlay.get(key) ?? this.base.get(key);
	}

	has(key: string): boolean {
		return this.overlay.has(key) || this.base.has(key);
	}

	*entries(): MapIterator<[string, TrackedTask]> {
		const {base, overlay} = this;
		for (const [key, tracked] of base) yield [key, overlay.get(key) ?? tracked];
		for (const entry of overlay) if (!base.has(entry[0])) yield entry;
	}

	*keys(): MapIterator<string> {
		for (const [key] of this.entries()) yield key;
	}

	*values(): MapIterator<TrackedTask> {
		const {base, overlay} = this;
		for (const [key, tracked] of base) yield overlay.get(key) ?? tracked;
		for (const [key, tracked] of overlay) if (!base.has(key)) yield tracked;
	}

	forEach(fn: (value: TrackedTask, key: string, map: ReadonlyMap<string, TrackedTask>) => void, thisArg?: unknown): void {
		for (const [key, tracked] of this.entries()) fn.call(thisArg, tracked, key, this);
	}

	[Symbol.iterator](): MapIterator<[string, TrackedTask]> {
		return this.entries();
	}
}
