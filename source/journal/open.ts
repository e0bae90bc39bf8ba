// Opening --log FILE: take the single-writer lock, replay what the file already holds into the store (before
// the first poll), then start appending. The store then shows the journal's health (header, line modes).
import type {Task} from '../model/task.js';
import type {CutwatchStore} from '../store/index.js';
import {JournalForeignError, isForeignFile} from './foreign-file.js';
import {lockJournal, type JournalLock} from './lock.js';
import {isReplayable, replayJournal} from './replay.js';
import type {ReplaySummary, OpenStep} from './replay-state.js';
import {sameSelection, type DemoRecord, type RunSelection} from './schema.js';
import {openJournalWriter, type JournalWriter, type StepBaseline} from './write.js';

export type JournalReplayReport = ReplaySummary & {torn: number; firstTornLine: number | undefined; ms: number; bytes: number};

export type OpenedJournal = {
	writer: JournalWriter;
	/** Undefined for a new (or non-regular) file. */
	replay?: JournalReplayReport | undefined;
	/** The --until-done step this run resumes (same selection, not finished), with its baseline. */
	resumedStep?: StepBaseline | undefined;
	close(end: {exitCode: number | null; done: boolean}): void;
};

export type OpenJournalSettings = {
	/** The sources this run polls: restored tasks of other sources would never be refreshed. */
	sources: ReadonlySet<string>;
	selection: RunSelection;
	/** --once, --until-done: a journal that cannot be opened is fatal (JournalOpenError). */
	required: boolean;
	/** Replay into the store first (not for --once, which shows what AWS lists now). */
	restore: boolean;
	/**
	 * Whether this run's selection lists the task (e.g. only the --import-task-id ids): a restored task the
	 * run never asks AWS about would be reported gone at the first poll, which would not be true.
	 */
	selects?: (task: Task) => boolean;
	now?: () => number;
	backlogLimit?: number;
	/** --demo: the simulated cutover's settings, recorded so a restart can carry it on. */
	demo?: DemoRecord | undefined;
};

export async function openJournal(path: string, store: CutwatchStore, settings: OpenJournalSettings): Promise<OpenedJournal> {
	const now = settings.now ?? Date.now;
	if (isForeignFile(path)) throw new JournalForeignError(path);
	const lock: JournalLock = lockJournal(path);
	try {
		let replay: JournalReplayReport | undefined;
		let step: OpenStep | undefined;
		if (settings.restore && isReplayable(path)) {
			const {config} = store.getState();
			const result = await replayJournal(path, config);
			replay = {...result.state.summary(), torn: result.torn, firstTornLine: result.firstTornLine, ms: result.ms, bytes: result.bytes};
			const restored = result.state.restored(settings.sources, now(), config.goneRetentionMs);
			const selects = settings.selects;
			if (selects) {
				const tasks = restored.tasks.filter((tracked) => selects(tracked.task));
				const keys = new Set(tasks.map((tracked) => tracked.key));
				store.getState().restore({tasks, events: restored.events.filter((event) => keys.has(event.taskKey))});
			} else {
				store.getState().restore(restored);
			}
			step = result.state.openStep();
		}
		const resumed =
			replay && replay.events > 0
				? `resumed ${replay.events.toLocaleString('en')} events from ${replay.runs} run${replay.runs === 1 ? '' : 's'} in ${Math.round(replay.ms)} ms`
				: undefined;
		const publish = (problem: string | undefined, unwritten: number) => store.getState().setJournal({path, problem, unwritten, resumed});
		const writer = openJournalWriter(path, store, settings.selection, {
			required: settings.required,
			now,
			backlogLimit: settings.backlogLimit,
			demo: settings.demo,
			// Deferred: the status changes inside a store notification, and a nested setState would re-enter it.
			onStatus: (status) => queueMicrotask(() => publish(status.problem, status.unwritten)),
		});
		publish(writer.status().problem, writer.status().unwritten);
		const resumedStep = settings.selection.untilDone && step && sameSelection(step.selection, settings.selection) ? step.baseline : undefined;
		return {
			writer,
			replay,
			resumedStep,
			close(end) {
				try {
					writer.close(end, now());
				} finally {
					lock.release();
				}
			},
		};
	} catch (error) {
		lock.release();
		throw error;
	}
}
