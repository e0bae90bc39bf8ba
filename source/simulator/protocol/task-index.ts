// The scenario's tasks sorted once into the order each API lists them, with id lookups, so a page is a binary
// search plus a short scan even with tens of thousands of tasks.
import {hash32} from '../scenario/random.js';
import type {DiscoveryImportSpec, ImageExportSpec, ImportSnapshotSpec, Scenario, StoreImageSpec} from '../scenario/model.js';

export type TaskIndex = {
	scenario: Scenario;
	/** Oldest first (creation order). */
	importSnapshots: readonly ImportSnapshotSpec[];
	imageExports: readonly ImageExportSpec[];
	discoveryImports: readonly DiscoveryImportSpec[];
	/** Newest first, as DescribeStoreImageTasks documents. */
	storeImageTasks: readonly StoreImageSpec[];
	importSnapshotById: ReadonlyMap<string, ImportSnapshotSpec>;
	imageExportById: ReadonlyMap<string, ImageExportSpec>;
	/** Each AMI's store tasks, newest first. */
	storeImageByAmi: ReadonlyMap<string, readonly StoreImageSpec[]>;
	/** Binds page tokens to this scenario. */
	fingerprint: number;
};

type Timed = {startMs: number};
const idOf = (task: {id?: string; amiId?: string}): string => task.id ?? task.amiId ?? '';
const byStart = <T extends Timed & {id?: string; amiId?: string}>(a: T, b: T): number =>
	a.startMs - b.startMs || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);

export function indexScenario(scenario: Scenario): TaskIndex {
	const importSnapshots = [...scenario.importSnapshots].sort(byStart);
	const imageExports = [...scenario.imageExports].sort(byStart);
	const discoveryImports = [...scenario.discoveryImports].sort(byStart);
	const storeImageTasks = [...scenario.storeImageTasks].sort(byStart).reverse();
	const storeImageByAmi = new Map<string, StoreImageSpec[]>();
	for (const task of storeImageTasks) {
		const list = storeImageByAmi.get(task.amiId);
		if (list) list.push(task);
		else storeImageByAmi.set(task.amiId, [task]);
	}
	let fingerprint = hash32(scenario.name);
	for (const task of [...importSnapshots, ...imageExports, ...discoveryImports]) fingerprint = hash32(`${task.id}@${task.startMs}`, fingerprint);
	for (const task of storeImageTasks) fingerprint = hash32(`${task.amiId}@${task.startMs}`, fingerprint);
	return {
		scenario,
		importSnapshots,
		imageExports,
		discoveryImports,
		storeImageTasks,
		importSnapshotById: new Map(importSnapshots.map((task) => [task.id, task])),
		imageExportById: new Map(imageExports.map((task) => [task.id, task])),
		storeImageByAmi,
		fingerprint,
	};
}

/** Number of tasks in an oldest-first list already created at `nowMs` (they form a prefix). */
export function createdPrefix(sorted: readonly Timed[], nowMs: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]!.startMs <= nowMs) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** First index of a newest-first list already created at `nowMs` (they form a suffix). */
export function createdSuffixStart(sorted: readonly Timed[], nowMs: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]!.startMs > nowMs) low = middle + 1;
		else high = middle;
	}
	return low;
}

export type Page<T> = {items: T[]; /** Index of the first item of the next page, when there is one. */ next?: number};

/**
 * Collects up to `size` items from positions [from, to) that exist now and pass `accept`, then looks ahead for one
 * more so the last page carries no token (AWS omits NextToken on the last page).
 */
export function scanPage<S, T>(
	specs: readonly S[],
	from: number,
	to: number,
	size: number,
	view: (spec: S) => T | undefined,
	accept: (item: T) => boolean,
): Page<T> {
	const items: T[] = [];
	for (let index = from; index < to; index++) {
		const item = view(specs[index]!);
		if (item === undefined || !accept(item)) continue;
		if (items.length === size) return {items, next: index};
		items.push(item);
	}
	return {items};
}
