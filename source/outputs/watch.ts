// --watch (and the default when stdout is not a terminal): one line per task event on stdout until
// interrupted; a source that fails or recovers gets one line on stderr, never a full-screen UI.
import type {Session} from '../session/session.js';
import {matchesStatus} from '../session/status-filters.js';
import type {SelectableStatus} from '../config/config.js';
import {exitCodes} from '../config/usage-error.js';
import {kindLabels} from '../model/task.js';
import {eventsSince, type CutwatchState, type SourceState} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';
import {plainMessage} from '../poller/plain-message.js';
import {eventLine} from './event-line.js';
import {formatDuration} from '../format/duration.js';
import type {Io} from './io.js';

function where(source: SourceState): string {
	return `${kindLabels[source.kind]} (${[source.account, source.region].filter(Boolean).join(' ')})`;
}

/** What failed, as --once says it (code: message — hint), and when it is tried again. */
function problemLine(source: SourceState, now: number): string {
	const error = source.lastError!;
	const code = sanitize(error.code);
	const message = sanitize(plainMessage(error.message));
	const said = message === '' || message === code ? '' : `: ${message}`;
	const retry = source.nextPollAt === undefined ? '' : `, retry in ${formatDuration(source.nextPollAt - now)}`;
	return `${where(source)}: ${error.throttled ? 'throttled' : 'error'} ${code}${said}${retry} — ${error.hint}`;
}

export type WatchOptions = {statuses: readonly SelectableStatus[]; /** Only source problems, no event lines. */ quiet?: boolean};

export function runWatch(session: Session, io: Io, signal: AbortSignal, options: WatchOptions, now: () => number = Date.now): Promise<number> {
	const {store} = session;
	// Events replayed from the journal were printed by the run that saw them.
	let lastSeq = store.getState().nextSeq - 1;
	// What each source is known to suffer from, and which problems are open: a problem shared by several
	// sources (no credentials, endpoint down) is one line, and its retries are never repeated.
	const problemOf = new Map<string, string>();
	const openProblems = new Map<string, Set<string>>();

	const flushEvents = (state: CutwatchState) => {
		const fresh = eventsSince(state.events, lastSeq);
		if (fresh.length === 0) return;
		lastSeq = fresh.at(-1)!.seq;
		const shown = options.quiet ? [] : fresh.filter((event) => matchesStatus((event.to ?? event.from)?.category ?? 'unknown', options.statuses));
		if (shown.length > 0) io.stdout.write(shown.map((event) => eventLine(event) + '\n').join(''));
	};
	const flush = (state: CutwatchState) => {
		flushEvents(state);
		for (const source of state.sources.values()) {
			const problem = source.lastError ? `${source.lastError.throttled}|${source.lastError.code}|${source.lastError.hint}` : undefined;
			const before = problemOf.get(source.key);
			if (problem === before) continue;
			if (before !== undefined) {
				const sharing = openProblems.get(before)!;
				sharing.delete(source.key);
				if (sharing.size === 0) {
					openProblems.delete(before);
					if (problem === undefined) io.stderr.write(`cutwatch: ${where(source)}: ok again\n`);
				}
			}
			if (problem === undefined) {
				problemOf.delete(source.key);
				continue;
			}
			problemOf.set(source.key, problem);
			const sharing = openProblems.get(problem);
			if (sharing) sharing.add(source.key);
			else {
				openProblems.set(problem, new Set([source.key]));
				io.stderr.write(`cutwatch: ${problemLine(source, now())}\n`);
			}
		}
	};

	return new Promise((resolve) => {
		const unsubscribe = store.subscribe(flush);
		flush(store.getState());
		session.poller.start();
		// The CLI ends the watch by aborting `signal` (interrupt, or --until-done finishing).
		const finish = () => {
			// --until-done ends the watch from inside the store update that finished the step: print that
			// update's events (the transitions that ended it) before the summary; a source problem that ended
			// it is the summary's to tell, once.
			flushEvents(store.getState());
			unsubscribe();
			resolve(exitCodes.ok);
		};
		if (signal.aborted) finish();
		else signal.addEventListener('abort', finish, {once: true});
	});
}
