// Task counts per category (per pane and overall) and the one-line summary built from them. Memoised on
// map identity so a header re-rendering every frame costs nothing and gets a stable object; a changed map is
// counted from the previous map's counts and the keys that changed (pane-delta.ts), not task by task.
import {taskKinds, type Category, type TaskKind} from '../model/task.js';
import {categoryGlyphs, categoryWords, stalledMark} from '../format/category-marks.js';
import {changedSince} from './pane-delta.js';
import type {CutwatchData, TrackedTask} from './state.js';

/** What a row shows a task as: its category, or 'gone' once AWS no longer lists it. Counts use the same. */
export type RowCategory = Category | 'gone';

export function rowCategory(tracked: TrackedTask): RowCategory {
	return tracked.goneAt !== undefined ? 'gone' : tracked.task.category;
}

export type TaskCounts = Readonly<
	Record<Category, number> & {
		/** Tasks AWS still lists (gone ones are not counted by category). */
		total: number;
		/** Active tasks currently stalled (also counted in active). */
		stalled: number;
		/** Tasks no longer listed, kept for goneRetentionMs. */
		gone: number;
	}
>;

type MutableCounts = {-readonly [K in keyof TaskCounts]: number};

function zero(): MutableCounts {
	return {active: 0, completed: 0, failed: 0, cancelled: 0, unknown: 0, total: 0, stalled: 0, gone: 0};
}

const byMap = new WeakMap<ReadonlyMap<string, TrackedTask>, TaskCounts>();
const overall = new WeakMap<CutwatchData['tasks'], TaskCounts>();

/** Counts for one pane, or over every pane when kind is omitted. */
export function selectCounts(state: CutwatchData, kind?: TaskKind): TaskCounts {
	if (kind !== undefined) return countMap(state.tasks[kind]);
	let counts = overall.get(state.tasks);
	if (!counts) {
		const sum = zero();
		for (const each of taskKinds) {
			const part = countMap(state.tasks[each]);
			for (const field of Object.keys(sum) as Array<keyof MutableCounts>) sum[field] += part[field];
		}
		counts = sum;
		overall.set(state.tasks, counts);
	}
	return counts;
}

/** The last map counted per pane kind: the base the next map's counts are updated from. */
const latest = new Map<string, ReadonlyMap<string, TrackedTask>>();

function countMap(map: ReadonlyMap<string, TrackedTask>): TaskCounts {
	let counts = byMap.get(map);
	if (counts) return counts;
	const kind = map.values().next().value?.task.kind ?? '';
	const base = latest.get(kind);
	const baseCounts = base && byMap.get(base);
	const keys = base && baseCounts ? changedSince(map, base) : undefined;
	const sum = zero();
	if (base && baseCounts && keys) {
		// Only the changed tasks: take their old contribution out and put the new one in.
		Object.assign(sum, baseCounts);
		for (const key of keys) {
			count(sum, base.get(key), -1);
			count(sum, map.get(key), 1);
		}
	} else {
		for (const tracked of map.values()) count(sum, tracked, 1);
	}
	counts = sum;
	byMap.set(map, counts);
	latest.set(kind, map);
	return counts;
}

function count(sum: MutableCounts, tracked: TrackedTask | undefined, sign: 1 | -1) {
	if (tracked === undefined) return;
	const category = rowCategory(tracked);
	sum[category] += sign;
	if (category === 'gone') return;
	sum.total += sign;
	if (tracked.stalledSince !== undefined) sum.stalled += sign;
}

/**
 * `▶12 ✗1 ✓30` (ASCII: `run 12 fail 1 done 30`). Active, failed and completed always show; cancelled,
 * unknown and stalled only when non-zero.
 */
export function summaryLine(counts: TaskCounts, options: {ascii?: boolean} = {}): string {
	// In ASCII a word and a space ("run 12"), where a lone letter would say nothing.
	const marks = options.ascii ? {...categoryWords, stalled: stalledMark.word} : {...categoryGlyphs, stalled: stalledMark.glyph};
	const part = (field: keyof typeof marks) => `${marks[field]}${options.ascii ? ' ' : ''}${counts[field]}`;
	const parts = [part('active'), part('failed'), part('completed')];
	for (const field of ['cancelled', 'unknown', 'stalled'] as const) {
		if (counts[field] > 0) parts.push(part(field));
	}
	return parts.join(' ');
}
