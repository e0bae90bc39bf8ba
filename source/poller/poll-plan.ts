// Two-tier polling: which kind of request a source's next poll makes. A full listing returns the whole history
// (a week of imports, a month of store tasks: at 50,000 tasks, 500 pages); the active tier asks only for what is
// running (see sources/active-tasks.ts). The plan lists in full at the first poll, every `fullEveryMs`, after a
// refresh (`r`), when the history fits in one page anyway (a full listing then costs no more than the active
// tier and also shows new tasks at once), and whenever the active tier cannot answer; otherwise it asks for what
// is running and the poller merges the answer (store pollMerged) instead of replacing the pane.
import type {Task, TaskKind} from '../model/task.js';
import {onPageAnswered} from '../sources/page-answered.js';
import type {CutwatchStore} from '../store/index.js';
import type {Timers} from './timers.js';

/** What a poll target's fetch resolves to: a full listing, or a partial answer to merge. */
export type PartialAnswer = {readonly partial: readonly Task[]};
export type FetchResult = readonly Task[] | PartialAnswer;

export function isPartial(result: FetchResult): result is PartialAnswer {
	return !Array.isArray(result);
}

export function answeredTasks(result: FetchResult): readonly Task[] {
	return isPartial(result) ? result.partial : (result as readonly Task[]);
}

/** Default interval of the full listing under two-tier polling (`--full-interval`). */
export const defaultFullEveryMs = 300_000;

export type PollPlanOptions = {
	store: CutwatchStore;
	sourceKey: string;
	kind: TaskKind;
	timers: Timers;
	fullEveryMs: number;
	/** A full listing of at most this many tasks is one page: no saving in the active tier. */
	pageSize: number;
	/** `onFirstPage` is given for the first listing only (see sources/request-params.ts FirstPage). */
	full(signal: AbortSignal, onFirstPage?: (tasks: Task[]) => void): Promise<Task[]>;
	/** Tasks the active tier must keep asking about (running, or on their way to a final state). */
	moving(task: Task): boolean;
	/** undefined: only a full listing can answer now. */
	active(known: readonly Task[], signal: AbortSignal): Promise<Task[] | undefined>;
};

export type PollPlan = {
	fetch(signal: AbortSignal): Promise<FetchResult>;
	/** The next poll lists in full (refresh). */
	listNext(): void;
};

export function createPollPlan(options: PollPlanOptions): PollPlan {
	const {store, sourceKey, kind, timers} = options;
	let lastFullAt: number | undefined;
	let lastFullSize = 0;
	let fullNext = false;

	const fullDue = () => fullNext || lastFullAt === undefined || lastFullSize <= options.pageSize || timers.now() - lastFullAt >= options.fullEveryMs;

	async function listFull(signal: AbortSignal): Promise<FetchResult> {
		const startedAt = timers.now();
		fullNext = false;
		try {
			// The first listing of a long history shows its first page at once (store pollPage), and the pane
			// counts the pages that follow so that it says it is still loading (pollPages).
			const first = lastFullAt === undefined;
			const onFirstPage = first ? (tasks: Task[]) => showFirstPage(store, sourceKey, tasks, timers.now()) : undefined;
			if (first) {
				let pages = 0;
				onPageAnswered(signal, () => showPages(store, sourceKey, ++pages));
			}
			const tasks = await options.full(signal, onFirstPage);
			lastFullAt = startedAt;
			lastFullSize = tasks.length;
			return tasks;
		} catch (error) {
			// The full listing is still owed.
			fullNext = true;
			throw error;
		}
	}

	return {
		async fetch(signal) {
			if (fullDue()) return listFull(signal);
			const answer = await options.active(movingTasks(store, kind, sourceKey, options.moving), signal);
			if (answer === undefined) return listFull(signal);
			return {partial: answer};
		},
		listNext() {
			fullNext = true;
		},
	};
}

function showFirstPage(store: CutwatchStore, sourceKey: string, tasks: Task[], now: number) {
	try {
		store.getState().pollPage(sourceKey, tasks, now);
	} catch {
		// Showing the page early is a nicety; the listing itself must not fail for it.
	}
}

function showPages(store: CutwatchStore, sourceKey: string, pages: number) {
	try {
		store.getState().pollPages(sourceKey, pages);
	} catch {
		// As showFirstPage.
	}
}

/** The source's present tasks that may still change. */
function movingTasks(store: CutwatchStore, kind: TaskKind, sourceKey: string, moving: (task: Task) => boolean): Task[] {
	const found: Task[] = [];
	for (const tracked of store.getState().tasks[kind].values()) {
		if (tracked.sourceKey === sourceKey && tracked.goneAt === undefined && moving(tracked.task)) found.push(tracked.task);
	}
	return found;
}
