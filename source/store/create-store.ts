// The store factory. Actions are plain and synchronous, take `now` from the caller (deterministic tests,
// one clock for the whole app) and make exactly one setState each, or none when nothing changed.
import {createStore} from 'zustand/vanilla';
import type {TaskKind} from '../model/task.js';
import {applyPoll, type AppliedPoll} from './apply-poll.js';
import {appendEvents, type EventDraft} from './events.js';
import {expireTasks} from './expire.js';
import {mergePoll} from './merge-poll.js';
import {resolveOptions} from './options.js';
import {newSource, sourceFailed, sourceStarted, sourceSucceeded, withSource} from './sources.js';
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

		function succeeded(before: SourceState, applied: AppliedPoll, now: number, nextPollAt: number | undefined, listing: 'full' | 'partial') {
			const state = get();
			set({
				sources: withSource(state.sources, sourceSucceeded(before, now, nextPollAt, listing)),
				...(applied.tasks === state.tasks[before.kind] ? {} : {tasks: {...state.tasks, [before.kind]: applied.tasks}}),
				...events(state, applied.drafts),
			});
		}

		function setView(next: ViewState) {
			if (next !== get().view) set({view: next});
		}

		return {
			config,
			tasks: emptyTasks,
			sources: new Map(),
			events: [],
			nextSeq: 1,
			paused: false,
			view: view.initialView(config.focusedPane),

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

			pollFailed(key, error, now, nextPollAt) {
				set({sources: withSource(get().sources, sourceFailed(source(key), error, now, nextPollAt))});
			},

			setNextPoll(key, at) {
				const current = source(key);
				if (current.nextPollAt === at) return;
				set({sources: withSource(get().sources, {...current, nextPollAt: at})});
			},

			setPaused(paused) {
				if (get().paused !== paused) set({paused});
			},

			expire(now) {
				const tasks = expireTasks(get(), now);
				if (tasks) set({tasks});
			},

			focusPane: (kind) => setView(view.focusPane(get().view, kind)),
			cycleFocus: (delta = 1) => setView(view.cycleFocus(get(), delta)),
			setFilter: (kind, filter) => setView(view.setFilter(get().view, kind, filter)),
			cycleFilter: (kind, delta = 1) => setView(view.cycleFilter(get().view, kind, delta)),
			setSearch: (text) => setView(view.setSearch(get().view, text)),
			setSort: (sort) => setView(view.setSort(get().view, sort)),
			cycleSort: (delta = 1) => setView(view.cycleSort(get().view, delta)),
			select: (kind, key) => setView(view.select(get(), kind, key)),
			moveSelection: (kind, delta) => setView(view.moveSelection(get(), kind, delta)),
		};
	});
}

