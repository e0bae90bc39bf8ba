// The shape of cutwatch's store: AWS data (written only by the poller), per-source health, the task event
// log and the TUI's view state. All times are epoch milliseconds passed in by the caller, never read here.
import type {StoreApi} from 'zustand/vanilla';
import type {Category, Task, TaskKind, TaskScope} from '../model/task.js';
import type {SessionSample} from './session-history.js';

export type StoreOptions = {
	/**
	 * --stall-after: an active task whose progress has not moved for this long is stalled, whatever its pace.
	 * Unset (the default): stallPaceFactor × the task's usual interval between changes, at least stallMinMs.
	 */
	stalledAfterMs?: number | undefined;
	/** Multiple of a task's usual interval between progress changes that makes it stalled. Default 3. */
	stallPaceFactor?: number;
	/** A stall is never judged sooner than this. Default 5 min. */
	stallMinMs?: number;
	/** Threshold for a task whose pace is not known yet (fewer than three progress samples). Default 15 min. */
	stallNoPaceMs?: number;
	/** An ETA needs its samples to span etaMinSpanMs, or this many samples. Default 3. */
	etaMinSamples?: number;
	/** Events kept in the ring. Default 5,000. */
	eventLimit?: number;
	/** Progress samples kept per task (older ones are thinned, never just dropped). Default 32. */
	historyLimit?: number;
	/** Samples of the session's counts kept for the cutover view (thinned the same way). Default 240. */
	sessionHistoryLimit?: number;
	/** The ETA rate is measured over at least this much recent history. Default 10 min. */
	etaWindowMs?: number;
	/** No ETA until the samples it is based on span at least this long. Default 1 min. */
	etaMinSpanMs?: number;
	/** Tasks gone from the API are kept, marked gone, for this long. Default 24 h. */
	goneRetentionMs?: number;
	/** Pane focused at start. Default 'import-snapshot'. */
	focusedPane?: TaskKind;
	/** Every pane's (and the event log's) filter at start: what --status selected. Default 'all'. */
	initialFilter?: StatusFilter;
};

export type StoreConfig = Readonly<Required<Omit<StoreOptions, 'stalledAfterMs'>> & {stalledAfterMs: number | undefined}>;

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
	/** Oldest first, at most historyLimit samples, one per progress change, thinned evenly as it fills. */
	readonly history: readonly ProgressSample[];
	/** When cutwatch saw the task reach completed, failed or cancelled (undefined while active). */
	readonly endedAt?: number | undefined;
	/** lastProgressChangeAt + its stall threshold (see stall.ts), once a poll has shown the task stuck that long. */
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
	/** No answer came with it (a timeout, a refused connection, no credentials): the message is not AWS's. */
	readonly local?: boolean | undefined;
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
	/**
	 * Pages of the source's first listing that have arrived while the rest is still being fetched (its first
	 * page is on screen, pollPage): the pane says it is loading. Cleared when the listing succeeds or fails.
	 */
	readonly loadingPages?: number | undefined;
};

export const taskEventTypes = ['appeared', 'status-changed', 'completed', 'failed', 'cancelled', 'stalled', 'resumed', 'gone', 'reappeared'] as const;
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
	/**
	 * Seen across a gap (cutwatch was not running): the change happened some time after `since` and before
	 * `at`, not at `at`.
	 */
	readonly since?: number | undefined;
};

/** A warning or console line from a library while the screen was up (see tui/terminal/quiet-terminal.ts). */
export type Notice = {readonly at: number; readonly source: 'warning' | 'console' | 'stderr'; readonly text: string};
/** A source starting to fail (or failing differently) or recovering: the event log shows these beside task events. */
export type SourceEvent = {
	readonly seq: number;
	readonly at: number;
	readonly type: 'source-failed' | 'source-recovered';
	readonly sourceKey: string;
	readonly kind: TaskKind;
	readonly region: string;
	readonly account?: string | undefined;
	/** The failure (for a recovery: the one it recovered from). */
	readonly error: SourceError;
};

export const statusFilters = ['all', 'active', 'failed', 'completed', 'cancelled', 'unknown'] as const;
/** One of statusFilters, or several categories joined by '+' (only --status with several values makes one). */
export type StatusFilter = (typeof statusFilters)[number] | `${Category}+${string}`;
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
	/** Panes show one line per source (account × region) with its counts and health, the tasks folded under it. */
	readonly grouped: boolean;
};

/** What a failed poll hands the store: exactly the error the store keeps for the source. */
export type PollError = SourceError;

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
	/** `pages` pages of the source's first listing have arrived (before its first success only). */
	pollPages(sourceKey: string, pages: number): void;
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
	/** Folds every pane's tasks into one line per account × region, or unfolds them. */
	toggleGrouped(): void;
	cycleSort(delta?: number): void;
	select(kind: TaskKind, key: string | undefined): void;
	/** Moves the selection by rows in the pane as currently filtered and sorted (clamped; ±Infinity for ends). */
	moveSelection(kind: TaskKind, delta: number): void;
	/** Keeps what a library said while the screen was up, for the event log (newest 50). */
	addNotice(notice: Notice): void;
	/**
	 * What a journal replay knew, before the first poll: tasks (with their history) and the newest events,
	 * renumbered from 1. Replaces tasks and events; sources, view and paused are left alone.
	 */
	restore(snapshot: RestoredState): void;
	/** The --log journal's health, for the header; undefined without --log. */
	setJournal(journal: JournalState | undefined): void;
};

/** What the header says about the journal: nothing while it writes, the problem and the backlog when not. */
export type JournalState = {
	readonly path: string;
	readonly problem?: string | undefined;
	/** Task events not (yet) written. */
	readonly unwritten: number;
	/** What the replay at start brought back, e.g. "resumed 1,204 events from 2 runs in 85 ms". */
	readonly resumed?: string | undefined;
};

export type RestoredState = {readonly tasks: readonly TrackedTask[]; readonly events: readonly Omit<TaskEvent, 'seq'>[]};

export type CutwatchData = {
	readonly config: StoreConfig;
	/** One map per pane; a map keeps its identity until one of its tasks changes. */
	readonly tasks: Readonly<Record<TaskKind, ReadonlyMap<string, TrackedTask>>>;
	readonly sources: ReadonlyMap<string, SourceState>;
	/** Oldest first, at most eventLimit; find new ones by seq (see eventsSince). */
	readonly events: readonly TaskEvent[];
	readonly nextSeq: number;
	/** Oldest first, at most 50. */
	readonly notices: readonly Notice[];
	/** Oldest first, at most sourceEventLimit: one per new failure and one per recovery, never one per retry. */
	readonly sourceEvents: readonly SourceEvent[];
	/** Oldest first, at most sessionHistoryLimit: the session's counts after each poll that changed them. */
	readonly sessionHistory: readonly SessionSample[];
	readonly paused: boolean;
	readonly view: ViewState;
	readonly journal?: JournalState | undefined;
};

export type CutwatchState = CutwatchData & CutwatchActions;
export type CutwatchStore = StoreApi<CutwatchState>;
