// The store factory. Actions are plain and synchronous, take `now` from the caller (deterministic tests,
// one clock for the whole app) and make exactly one setState each, or none when nothing changed.
import {createStore} from 'zustand/vanilla';
import {taskKinds, type TaskKind} from '../model/task.js';
import {applyPoll, type AppliedPoll} from './apply-poll.js';
import {appendEvents, type EventDraft} from './events.js';
import {expireTasks} from './expire.js';
import {mergePoll} from './merge-poll.js';
import {appendNotice} from './notices.js';
import {resolveOptions} from './options.js';
import {appendSessionSample, sessionSample} from './session-history.js';
import {appendSourceEvent, newSource, sourceEventFor, sourceFailed, sourceStarted, sourceSucceeded, withSource} from './sources.js';
import type {CutwatchData, CutwatchState, CutwatchStore, SourceState, StoreOptions, TrackedTask, ViewState} from './state.js';
import * as view from './view-state.js';

export function createCutwatchStore(options?: StoreOptions): CutwatchStore {
	const config = resolveOptions(options);
	const emptyTasks: Record<TaskKind, ReadonlyMap<string, TrackedTask>> = {
		'import-snapshot': new Map(),
		'export-image': new Map(),
		'store-image': new Map(),
		'discovery-import': new Map(),
	};

	return createStore<CutwatchState>()((set, get) => {
		function source(key: string): SourceState {
			const found = get().sources.get(key);
			// Programming error (the poller registers every source first); loud in tests.
			if (!found) throw new Error(`cutwatch store: unknown source ${JSON.stringify(key)}; call registerSource first`);
			return found;
		}

		function events(state: CutwatchData, drafts: readonly EventDraft[]): Pick<CutwatchData, 'events' | 'nextSeq'> {
			return appendEvents(state.events, drafts, state.nextSeq, config.eventLimit);
		}

		/** A full or partial (two-tier) poll landed: tasks, events, the source's health and the session history. */
		function succeeded(before: SourceState, applied: AppliedPoll, now: number, nextPollAt: number | undefined, listing: 'full' | 'partial') {
			const state = get();
			const changed = applied.tasks !== state.tasks[before.kind];
			const nextTasks = changed ? {...state.tasks, [before.kind]: applied.tasks} : state.tasks;
			const pinned = changed ? view.pinSelection(state, [before.kind]) : state.view;
			const after = sourceSucceeded(before, now, nextPollAt, listing);
			const recovered = sourceEventFor(before, after, now, (state.sourceEvents.at(-1)?.seq ?? 0) + 1);
			set({
				...(pinned === state.view ? {} : {view: pinned}),
				...(recovered ? {sourceEvents: appendSourceEvent(state.sourceEvents, recovered)} : {}),
				sources: withSource(state.sources, after),
				...(changed ? {tasks: nextTasks} : {}),
				...events(state, applied.drafts),
				...(changed || state.sessionHistory.length === 0
					? {sessionHistory: appendSessionSample(state.sessionHistory, sessionSample(nextTasks, now), config.sessionHistoryLimit)}
					: {}),
			});
		}

		function setView(next: ViewState) {
			if (next !== get().view) set({view: next});
		}

		/** A view change that can reorder or narrow rows: the cursor's task stays selected through it. */
		function changeRows(kinds: readonly TaskKind[], change: (data: CutwatchData) => ViewState) {
			const state = get();
			if (change(state) === state.view) return;
			setView(change({...state, view: view.pinSelection(state, kinds)}));
		}

		return {
			config,
			tasks: emptyTasks,
			sources: new Map(),
			events: [],
			nextSeq: 1,
			notices: [],
			sourceEvents: [],
			sessionHistory: [],
			paused: false,
			view: view.initialView(config.focusedPane, config.initialFilter),

			registerSource(kind, scope) {
				const state = get();
				const registered = newSource(kind, scope);
				if (state.sources.has(registered.key)) return;
				set({sources: withSource(state.sources, registered)});
			},

			pollStarted(key, now) {
				set({sources: withSource(get().sources, sourceStarted(source(key), now))});
			},

			pollSucceeded(key, tasks, now, nextPollAt) {
				const before = source(key);
				const state = get();
				succeeded(before, applyPoll(state, before, tasks, now), now, nextPollAt, 'full');
			},

			pollMerged(key, tasks, now, nextPollAt) {
				const before = source(key);
				succeeded(before, mergePoll(get(), before, tasks, now), now, nextPollAt, 'partial');
			},

			pollPage(key, tasks, now) {
				const before = source(key);
				const state = get();
				// Only before the first success: later pages would be appearances, not the initial listing.
				if (before.lastSuccessAt !== undefined) return;
				const applied = mergePoll(state, before, tasks, now);
				if (applied.tasks === state.tasks[before.kind]) return;
				set({tasks: {...state.tasks, [before.kind]: applied.tasks}, ...events(state, applied.drafts)});
			},

			pollPages(key, pages) {
				const before = source(key);
				if (before.lastSuccessAt !== undefined || before.loadingPages === pages) return;
				set({sources: withSource(get().sources, {...before, loadingPages: pages})});
			},

			pollFailed(key, error, now, nextPollAt) {
				const before = source(key);
				const after = sourceFailed(before, error, now, nextPollAt);
				const {sourceEvents} = get();
				const event = sourceEventFor(before, after, now, (sourceEvents.at(-1)?.seq ?? 0) + 1);
				set({sources: withSource(get().sources, after), ...(event ? {sourceEvents: appendSourceEvent(sourceEvents, event)} : {})});
			},

			setNextPoll(key, at) {
				const current = source(key);
				if (current.nextPollAt === at) return;
				set({sources: withSource(get().sources, {...current, nextPollAt: at})});
			},

			setPaused(paused) {
				if (get().paused !== paused) set({paused});
			},

			addNotice(notice) {
				set({notices: appendNotice(get().notices, notice)});
			},

			expire(now) {
				const state = get();
				const tasks = expireTasks(state, now);
				if (!tasks) return;
				const pinned = view.pinSelection(
					state,
					taskKinds.filter((kind) => tasks[kind] !== state.tasks[kind]),
				);
				set(pinned === state.view ? {tasks} : {tasks, view: pinned});
			},

			focusPane: (kind) => setView(view.focusPane(get().view, kind)),
			cycleFocus: (delta = 1) => setView(view.cycleFocus(get(), delta)),
			setFilter: (kind, filter) => changeRows([kind], (data) => view.setFilter(data.view, kind, filter)),
			cycleFilter: (kind, delta = 1) => changeRows([kind], (data) => view.cycleFilter(data, kind, delta)),
			setSearch: (text) => changeRows(taskKinds, (data) => view.setSearch(data.view, text)),
			setSort: (sort) => changeRows(taskKinds, (data) => view.setSort(data.view, sort)),
			cycleSort: (delta = 1) => changeRows(taskKinds, (data) => view.cycleSort(data.view, delta)),
			toggleGrouped: () => setView({...get().view, grouped: !get().view.grouped}),
			select: (kind, key) => setView(view.select(get(), kind, key)),
			moveSelection: (kind, delta) => setView(view.moveSelection(get(), kind, delta)),

			restore(snapshot) {
				const tasks: Record<TaskKind, Map<string, TrackedTask>> = {
					'import-snapshot': new Map(),
					'export-image': new Map(),
					'store-image': new Map(),
					'discovery-import': new Map(),
				};
				for (const tracked of snapshot.tasks) tasks[tracked.task.kind].set(tracked.key, tracked);
				set({tasks, ...appendEvents([], snapshot.events, 1, config.eventLimit)});
			},

			setJournal(journal) {
				const before = get().journal;
				if (
					before?.path === journal?.path &&
					before?.problem === journal?.problem &&
					before?.unwritten === journal?.unwritten &&
					before?.resumed === journal?.resumed
				)
					return;
				set({journal});
			},
		};
	});
}
