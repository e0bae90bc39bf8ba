// --log FILE for one run: opens (and replays) the journal, turning its failures into the documented one-line
// errors, and says on stderr what the replay found — before any screen is drawn.
import type {Session} from '../session/session.js';
import type {Task} from '../model/task.js';
import {hasIds, idsOfKind, isSelectedById} from '../model/id-selection.js';
import type {Io} from '../outputs/io.js';
import {JournalForeignError} from '../journal/foreign-file.js';
import {JournalLockedError} from '../journal/lock.js';
import {openJournal, type OpenedJournal} from '../journal/open.js';
import {isReplayable, replayJournal} from '../journal/replay.js';
import type {DemoRecord} from '../journal/schema.js';
import {JournalOpenError} from '../journal/write.js';
import {defaultStoreConfig, sourceKey} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';
import type {Config} from '../config/config.js';
import {runSelection} from './journal-selection.js';
import {exitCodes, UsageError} from '../config/usage-error.js';

export async function openRunJournal(config: Config, session: Session, io: Io): Promise<OpenedJournal> {
	const path = config.logFile!;
	let journal: OpenedJournal;
	try {
		journal = await openJournal(path, session.store, {
			sources: new Set(session.targets.map((target) => sourceKey(target.kind, target.scope))),
			selection: runSelection(config, session.regions, session.discoveryRegion),
			required: config.mode === 'once' || config.untilDone,
			restore: config.mode !== 'once',
			selects: selectedById(config),
			demo: session.simulator ? demoRecord(config, session.simulator.startedAt) : undefined,
		});
	} catch (error) {
		if (error instanceof JournalOpenError) throw new UsageError(error.message, exitCodes.awsConfig);
		if (error instanceof JournalLockedError || error instanceof JournalForeignError) throw new UsageError(sanitize(error.message), exitCodes.usage);
		throw error;
	}
	const replay = journal.replay;
	const name = sanitize(path);
	if (replay && replay.torn > 0) {
		io.stderr.write(
			`cutwatch: warning: --log ${name}: skipped ${replay.torn} torn line${replay.torn === 1 ? '' : 's'} (first at line ${replay.firstTornLine}), left by a crash mid-write\n`,
		);
	}
	if (replay && replay.events > 0 && config.mode !== 'tui') {
		const unclean = replay.unclean > 0 ? `, ${replay.unclean} ended without a clean exit` : '';
		io.stderr.write(
			`cutwatch: --log ${name}: resumed from ${replay.events} events in ${replay.runs} run${replay.runs === 1 ? '' : 's'}${unclean} (replayed in ${Math.round(replay.ms)} ms)\n`,
		);
	}
	return journal;
}

/** Line modes: one stderr line when the journal starts failing, one when it writes again. */
export function reportJournalHealth(session: Session, io: Io): () => void {
	let problem: string | undefined;
	const report = (state: ReturnType<Session['store']['getState']>) => {
		const journal = state.journal;
		if (!journal || journal.problem === problem) return;
		if (journal.problem !== undefined) {
			io.stderr.write(
				`cutwatch: journal ${sanitize(journal.path)}: ${journal.problem}, ${journal.unwritten} events not written (kept in memory; written when it can)\n`,
			);
		} else {
			io.stderr.write(`cutwatch: journal ${sanitize(journal.path)}: writing again\n`);
		}
		problem = journal.problem;
	};
	// A journal that could not even be opened is news before the first event.
	report(session.store.getState());
	return session.store.subscribe(report);
}

/** With ids for a kind, only those tasks of that kind are listed this run (AMIs for store tasks). */
function selectedById(config: Config): ((task: Task) => boolean) | undefined {
	const {ids} = config;
	if (!hasIds(ids)) return undefined;
	return (task) => idsOfKind(ids, task.kind).length === 0 || isSelectedById(ids, task);
}

function demoRecord(config: Config, startedAt: number): DemoRecord {
	const {speed, seed, scenarioFile} = config.simulator;
	return {startedAt: new Date(startedAt).toISOString(), speed: speed ?? null, seed: seed ?? null, scenario: scenarioFile ?? null};
}

/**
 * `--demo --log FILE` again: the simulated cutover carries on from when the journal's last demo run (with the
 * same speed, seed and scenario) began it, so a restart meets the tasks it knew, further along, as it would
 * against AWS. Undefined: start a fresh cutover.
 */
export async function resumedDemoStart(config: Config): Promise<number | undefined> {
	if (!config.demo || !config.logFile || config.mode === 'once' || !isReplayable(config.logFile)) return undefined;
	const last = (await replayJournal(config.logFile, defaultStoreConfig)).state.lastDemo();
	const wanted = demoRecord(config, 0);
	if (!last || last.speed !== wanted.speed || last.seed !== wanted.seed || last.scenario !== wanted.scenario) return undefined;
	const startedAt = Date.parse(last.startedAt);
	return Number.isFinite(startedAt) && startedAt <= Date.now() ? startedAt : undefined;
}
