// Folds journal records, oldest first, into what the store needs again: the last-known state, first-seen time
// and progress history of every task, the newest events, when each source last answered, and the runs (with
// the --until-done step still open, if any). Memory is bounded by what the store itself keeps.
import {packRecord} from '../model/packed-record.js';
import type {Category, Task, TaskKind} from '../model/task.js';
import {taskKey} from '../model/task.js';
import {sourceKey} from '../store/source-key.js';
import type {ProgressSample, RestoredState, StoreConfig, TaskEvent, TaskEventType, TrackedTask} from '../store/index.js';
import {taskEventTypes} from '../store/index.js';
import {sameSelection, type DemoRecord, type EventRecord, type JournalRecord, type JournalTaskState, type RunSelection} from './schema.js';

type EventDraft = Omit<TaskEvent, 'seq'>;

type KnownTask = {
	key: string;
	sourceKey: string;
	kind: TaskKind;
	account: string | undefined;
	region: string;
	id: string;
	name: string;
	state: Omit<JournalTaskState, 'source'>;
	firstSeenAt: number;
	lastSeenAt: number;
	goneAt: number | undefined;
	lastProgressChangeAt: number;
	history: ProgressSample[];
	stalledSince: number | undefined;
};

/** The --until-done step a new run resumes: its selection and the baseline its first run recorded. */
export type OpenStep = {
	selection: RunSelection;
	baseline?: {firstSuccessAt: ReadonlyMap<string, number>; running: ReadonlySet<string>} | undefined;
};

export type ReplaySummary = {
	events: number;
	runs: number;
	/** Runs that ended without a run-end record (killed, crashed, power lost). */
	unclean: number;
	/** When the journal's newest record was written. */
	lastAt: number | undefined;
};

const terminal = new Set<string>(['completed', 'failed', 'cancelled']);
const eventTypes = new Set<string>(taskEventTypes);
const isEventType = (type: string): type is TaskEventType => eventTypes.has(type);

export function createReplayState(config: Pick<StoreConfig, 'eventLimit' | 'historyLimit' | 'goneRetentionMs'>) {
	const tasks = new Map<string, KnownTask>();
	const sourceSeen = new Map<string, number>();
	let events: EventDraft[] = [];
	let eventCount = 0;
	let runs = 0;
	let unclean = 0;
	let runOpen = false;
	let lastAt: number | undefined;
	let step: (OpenStep & {run: string}) | undefined;
	let currentRun: {run: string; selection: RunSelection} | undefined;
	let demo: DemoRecord | undefined;

	function progressed(known: KnownTask, progress: number | null, at: number) {
		if (progress === null || progress === known.state.progress) return;
		known.state.progress = progress;
		// The store's rule (history.ts: a drop means AWS restarted the work), on a private array that is
		// trimmed in bulk rather than copied per sample; restored() hands the store its last historyLimit.
		const {history} = known;
		const last = history.at(-1);
		if (last !== undefined && progress < last.progress) history.length = 0;
		history.push({at, progress});
		if (history.length >= 2 * config.historyLimit) history.splice(0, history.length - config.historyLimit);
		known.lastProgressChangeAt = at;
	}

	function onEvent(record: EventRecord, at: number) {
		if (!isEventType(record.type)) return;
		const account = record.account ?? undefined;
		const key = taskKey({kind: record.kind, account, region: record.region, id: record.id});
		const snapshot = record.task ?? undefined;
		let known = tasks.get(key);
		if (!known) {
			known = {
				key,
				sourceKey: snapshot?.source ?? sourceKey(record.kind, {account, region: record.region}),
				kind: record.kind,
				account,
				region: record.region,
				id: record.id,
				name: record.name,
				state: emptyState(record),
				firstSeenAt: at,
				lastSeenAt: at,
				goneAt: undefined,
				lastProgressChangeAt: at,
				history: [],
				stalledSince: undefined,
			};
			tasks.set(key, known);
		}
		known.name = record.name;
		known.lastSeenAt = Math.max(known.lastSeenAt, at);
		const status = record.to ?? record.from;
		if (snapshot) {
			known.sourceKey = snapshot.source;
			// Field by field, not a spread: this runs for every event of a file that may hold millions.
			known.state = {
				status: snapshot.status,
				category: snapshot.category,
				message: snapshot.message,
				progress: known.state.progress,
				startedAt: snapshot.startedAt,
				completedAt: snapshot.completedAt,
				resourceId: snapshot.resourceId,
				location: snapshot.location,
				records: snapshot.records,
				profile: snapshot.profile,
			};
			progressed(known, snapshot.progress, at);
		} else if (status) {
			known.state = {...known.state, status: status.status, category: status.category, message: record.message};
		}
		const type = record.type;
		if (type === 'gone') known.goneAt = at;
		else if (type === 'appeared' || type === 'reappeared') known.goneAt = undefined;
		if (type === 'stalled') known.stalledSince = at;
		else if (type === 'resumed' || terminal.has(type) || type === 'reappeared') known.stalledSince = undefined;

		eventCount++;
		const event: {-readonly [K in keyof EventDraft]: EventDraft[K]} = {
			at,
			type,
			taskKey: key,
			kind: record.kind,
			account,
			region: record.region,
			taskId: record.id,
			name: record.name,
			from: record.from ?? undefined,
			to: record.to ?? undefined,
			message: record.message ?? undefined,
		};
		// Set only when true, as the store does (no spreads: this runs per event of a file of millions).
		if (record.initial) event.initial = true;
		if (record.since) event.since = Date.parse(record.since);
		events.push(event);
		// Amortised trimming: the ring never holds more than twice what the store keeps.
		if (events.length >= 2 * config.eventLimit) events = events.slice(events.length - config.eventLimit);
	}

	let records = 0;
	/** Tasks gone longer than the store keeps them are dropped as the replay goes, not only at its end. */
	function prune() {
		const cutoff = (lastAt ?? 0) - config.goneRetentionMs;
		for (const [key, known] of tasks) if (known.goneAt !== undefined && known.goneAt <= cutoff) tasks.delete(key);
	}

	return {
		add(record: JournalRecord) {
			const at = Date.parse(record.time);
			if (!Number.isFinite(at)) return;
			lastAt = lastAt === undefined ? at : Math.max(lastAt, at);
			if (++records % 100_000 === 0) prune();
			if (!('rec' in record) || record.rec === undefined || record.rec === 'event') return onEvent(record as EventRecord, at);
			switch (record.rec) {
				case 'sample': {
					const known = tasks.get(taskKey({kind: record.kind, account: record.account ?? undefined, region: record.region, id: record.id}));
					if (known) {
						known.lastSeenAt = Math.max(known.lastSeenAt, at);
						progressed(known, record.progress, at);
					}
					return;
				}
				case 'seen':
					sourceSeen.set(record.source, Math.max(sourceSeen.get(record.source) ?? 0, at));
					return;
				case 'run-start':
					runs++;
					if (runOpen) unclean++;
					runOpen = true;
					currentRun = {run: record.run, selection: record.selection};
					if (record.demo) demo = record.demo;
					if (record.selection.untilDone && !(step && sameSelection(step.selection, record.selection))) {
						step = {run: record.run, selection: record.selection};
					}
					return;
				case 'run-end':
					runOpen = false;
					if (record.done && step && currentRun && sameSelection(step.selection, currentRun.selection)) step = undefined;
					return;
				case 'step':
					if (step && !step.baseline) {
						step.baseline = {
							firstSuccessAt: new Map(Object.entries(record.firstSuccessAt).map(([key, time]) => [key, Date.parse(time)])),
							running: new Set(record.running),
						};
					}
					return;
			}
		},

		summary(): ReplaySummary {
			return {events: eventCount, runs, unclean: unclean + (runOpen ? 1 : 0), lastAt};
		},

		/** The newest --demo run's simulated cutover. */
		lastDemo(): DemoRecord | undefined {
			return demo;
		},

		openStep(): OpenStep | undefined {
			return step && {selection: step.selection, baseline: step.baseline};
		},

		/** The store's snapshot: tasks of the given sources only, gone ones past retention dropped. */
		restored(sources: ReadonlySet<string>, now: number, goneRetentionMs: number): RestoredState {
			const tracked: TrackedTask[] = [];
			for (const known of tasks.values()) {
				if (!sources.has(known.sourceKey)) continue;
				if (known.goneAt !== undefined && known.goneAt <= now - goneRetentionMs) continue;
				const seen = known.goneAt === undefined ? Math.max(known.lastSeenAt, sourceSeen.get(known.sourceKey) ?? 0) : known.lastSeenAt;
				tracked.push({
					key: known.key,
					sourceKey: known.sourceKey,
					task: toTask(known),
					firstSeenAt: known.firstSeenAt,
					lastSeenAt: seen,
					goneAt: known.goneAt,
					lastProgressChangeAt: known.lastProgressChangeAt,
					history: known.history.slice(-config.historyLimit),
					stalledSince: known.stalledSince,
				});
			}
			const keep = events.filter((event) => sources.has(sourceKey(event.kind, event)));
			return {tasks: tracked, events: keep.slice(Math.max(0, keep.length - config.eventLimit))};
		},
	};
}

export type ReplayState = ReturnType<typeof createReplayState>;

function emptyState(record: EventRecord): Omit<JournalTaskState, 'source'> {
	const status = record.to ?? record.from;
	return {
		status: status?.status ?? 'unknown',
		category: (status?.category ?? 'unknown') as Category,
		message: record.message,
		progress: null,
		startedAt: null,
		completedAt: null,
		resourceId: null,
		location: null,
		records: null,
		profile: null,
	};
}

const date = (text: string | null) => (text === null ? undefined : new Date(text));

function toTask(known: KnownTask): Task {
	const {state} = known;
	// The raw AWS record is not journaled (it would multiply the file's size); every SDK output field is
	// optional, so an empty record is a valid one, and the first poll brings the real one back.
	return {
		kind: known.kind,
		id: known.id,
		name: known.name,
		region: known.region,
		account: known.account,
		profile: state.profile ?? undefined,
		status: state.status,
		category: state.category,
		message: state.message ?? undefined,
		progress: state.progress ?? undefined,
		startedAt: date(state.startedAt),
		completedAt: date(state.completedAt),
		resourceId: state.resourceId ?? undefined,
		location: state.location ?? undefined,
		records: state.records ?? undefined,
		raw: packRecord({}),
	} as Task;
}
