// The shape of cutwatch's store: AWS data (written only by the poller), per-source health, the task event
// log and the TUI's view state. All times are epoch milliseconds passed in by the caller, never read here.
import type {StoreApi} from 'zustand/vanilla';
import type {Category, Task, TaskKind, TaskScope} from '../model/task.js';

export type StoreOptions = {
	/** An active task whose progress has not moved for this long is stalled. Default 15 min. */
	stalledAfterMs?: number;
	/** Events kept in the ring. Default 5,000. */
	eventLimit?: number;
	/** Progress samples kept per task. Default 60. */
	historyLimit?: number;
	/** The ETA rate is measured over at least this much recent history. Default 10 min. */
	etaWindowMs?: number;
	/** No ETA until the samples it is based on span at least this long. Default 1 min. */
	etaMinSpanMs?: number;
	/** Tasks gone from the API are kept, marked gone, for this long. Default 24 h. */
	goneRetentionMs?: number;
	/** Pane focused at start. Default 'import-snapshot'. */
	focusedPane?: TaskKind;
};

export type StoreConfig = Readonly<Required<StoreOptions>>;

/** One observation of a progress change. */
export type ProgressSample = {readonly at: number; readonly progress: number};

export type TrackedTask = {
	readonly key: string;
	readonly sourceKey: string;
	/** Same object across polls while AWS reports the same data, so memoised rows skip re-rendering. */
	readonly task: Task;
	readonly firstSeenAt: number;
	/**
	 * When this record was last written (appeared, changed, went gone). A present task was also seen at its
	 * source's lastSuccessAt; that is kept off the record so unchanged tasks keep their identity. Read the
	 * true value with `lastSeenAt(state, tracked)`.
	 */
	readonly lastSeenAt: number;
	/** Set when a successful poll no longer listed the task; dropped goneRetentionMs later. */
	readonly goneAt?: number | undefined;
	/** When progress last changed (or the task was first seen / reappeared). */
	readonly lastProgressChangeAt: number;
	/** Oldest first, at most historyLimit samples, one per progress change. */
	readonly history: readonly ProgressSample[];
	/** lastProgressChangeAt + stalledAfterMs, once a poll has shown the task stuck that long. */
	readonly stalledSince?: number | undefined;
};

export type SourcePhase = 'idle' | 'polling' | 'ok' | 'throttled' | 'error';

export type SourceError = {
	readonly code: string;
	readonly message: string;
	/** One line the user can act on; supplied by the poller. */
	readonly hint: string;
	readonly throttled: boolean;
	/** Waiting will not fix it (denied, misconfigured, logged out): the user must act. */
	readonly needsAction?: boolean | undefined;
};

export type SourceState = {
	readonly key: string;
	readonly kind: TaskKind;
	readonly region: string;
	readonly account?: string | undefined;
	readonly profile?: string | undefined;
	readonly phase: SourcePhase;
	readonly lastSuccessAt?: number | undefined;
	/**
	 * The last success that was a full listing. With two-tier polling most polls ask only for what is running
	 * (pollMerged), so this, not lastSuccessAt, is when every task not running was last seen listed.
	 */
	readonly lastListedAt?: number | undefined;
	readonly lastAttemptAt?: number | undefined;
	/** The latest failure; kept while a retry is in flight, cleared by a success. */
	readonly lastError?: SourceError | undefined;
	readonly consecutiveFailures: number;
	readonly nextPollAt?: number | undefined;
	/** First failure after a success; the tasks shown are from lastSuccessAt. Cleared by a success. */
	readonly staleSince?: number | undefined;
};

export const taskEventTypes = [
	'appeared',
	'status-changed',
	'completed',
	'failed',
	'cancelled',
	'stalled',
	'resumed',
	'gone',
	'reappeared',
] as const;
export type TaskEventType = (typeof taskEventTypes)[number];

export type EventStatus = {readonly status: string; readonly category: Category; readonly message?: string | undefined};

export type TaskEvent = {
	/** Monotonic from 1; consecutive events have consecutive seqs. */
	readonly seq: number;
	readonly at: number;
	readonly type: TaskEventType;
	readonly taskKey: string;
	readonly kind: TaskKind;
	readonly account?: string | undefined;
	readonly region: string;
	readonly taskId: string;
	readonly name: string;
	readonly from?: EventStatus | undefined;
	readonly to?: EventStatus | undefined;
	readonly message?: string | undefined;
	/** Appearances from a source's first successful poll: what was already there, not news. */
	readonly initial?: true | undefined;
};

export const statusFilters = ['all', 'active', 'failed', 'completed', 'cancelled', 'unknown'] as const;
export type StatusFilter = (typeof statusFilters)[number];
/** The order the filter key cycles through ('unknown' is reachable only with setFilter). */
export const filterCycle: readonly StatusFilter[] = ['all', 'active', 'failed', 'completed', 'cancelled'];

export const sortKeys = ['status', 'progress', 'start', 'eta'] as const;
export type SortKey = (typeof sortKeys)[number];

export type ViewState = {
	readonly focusedPane: TaskKind;
	readonly filters: Readonly<Record<TaskKind, StatusFilter>>;
	/** Global search text as typed; matching is case-insensitive. */
	readonly search: string;
	readonly sort: SortKey;
	/** Selection follows the task by key. */
	readonly selected: Readonly<Record<TaskKind, string | undefined>>;
	/** Row where the selection was last placed: the fallback when the selected task is filtered out or dropped. */
	readonly selectedIndex: Readonly<Record<TaskKind, number>>;
};

export type PollError = {code: string; message: string; hint: string; throttled: boolean; needsAction?: boolean | undefined};

export type CutwatchActions = {
	/** Idempotent: registering a known source keeps its state. */
	registerSource(kind: TaskKind, scope: TaskScope): void;
	pollStarted(sourceKey: string, now: number): void;
	/** Replaces the source's tasks (one setState); tasks not listed become gone. */
	pollSucceeded(sourceKey: string, tasks: readonly Task[], now: number, nextPollAt?: number): void;
	/**
	 * Merges a partial answer (two-tier polling: the tasks still running, and those that just left that list)
	 * into the source's tasks by key; tasks not in it are untouched, never marked gone.
	 */
	pollMerged(sourceKey: string, tasks: readonly Task[], now: number, nextPollAt?: number): void;
	/**
	 * The first page of a source's first listing, while the rest is still being fetched: shown at once, as the
	 * initial tasks they are; the source's state is left to the listing's pollSucceeded.
	 */
	pollPage(sourceKey: string, tasks: readonly Task[], now: number): void;
	/** Keeps the last good tasks and marks the source stale. */
	pollFailed(sourceKey: string, error: PollError, now: number, nextPollAt?: number): void;
	setNextPoll(sourceKey: string, at: number | undefined): void;
	setPaused(paused: boolean): void;
	/** Drops gone tasks past goneRetentionMs (stalls are judged at each successful poll, see stall.ts). */
	expire(now: number): void;
	focusPane(kind: TaskKind): void;
	/** Moves focus through the kinds that have a registered source (all kinds when none). */
	cycleFocus(delta?: number): void;
	setFilter(kind: TaskKind, filter: StatusFilter): void;
	/** all → active → failed → completed → cancelled → all. */
	cycleFilter(kind: TaskKind, delta?: number): void;
	setSearch(text: string): void;
	setSort(sort: SortKey): void;
	cycleSort(delta?: number): void;
	select(kind: TaskKind, key: string | undefined): void;
	/** Moves the selection by rows in the pane as currently filtered and sorted (clamped; ±Infinity for ends). */
	moveSelection(kind: TaskKind, delta: number): void;
};

export type CutwatchData = {
	readonly config: StoreConfig;
	/** One map per pane; a map keeps its identity until one of its tasks changes. */
	readonly tasks: Readonly<Record<TaskKind, ReadonlyMap<string, TrackedTask>>>;
	readonly sources: ReadonlyMap<string, SourceState>;
	/** Oldest first, at most eventLimit; find new ones by seq (see eventsSince). */
	readonly events: readonly TaskEvent[];
	readonly nextSeq: number;
	readonly paused: boolean;
	readonly view: ViewState;
};

export type CutwatchState = CutwatchData & CutwatchActions;
export type CutwatchStore = StoreApi<CutwatchState>;
