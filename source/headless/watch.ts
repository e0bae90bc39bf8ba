// --watch (and the default when stdout is not a terminal): one line per task event on stdout until
// interrupted; a source that fails or recovers gets one line on stderr, never a full-screen UI.
import type {Session} from '../app/session.js';
import {matchesStatus} from '../app/status-filters.js';
import type {SelectableStatus} from '../cli/config.js';
import {exitCodes} from '../cli/usage-error.js';
import {kindLabels} from '../model/task.js';
import {eventsSince, type CutwatchState, type SourceState} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import {eventLine} from './event-line.js';
import {formatDuration} from './format.js';
import type {Io} from './io.js';

function sourceLine(source: SourceState, now: number): string | undefined {
	const where = `${kindLabels[source.kind]} (${[source.account, source.region].filter(Boolean).join(' ')})`;
	const error = source.lastError;
	if (!error) return `${where}: ok again`;
	const retry = source.nextPollAt === undefined ? '' : `, retry in ${formatDuration(source.nextPollAt - now)}`;
	return `${where}: ${error.throttled ? 'throttled' : 'error'} ${sanitize(error.code)}${retry} — ${error.hint}`;
}

export type WatchOptions = {statuses: readonly SelectableStatus[]; /** Only source problems, no event lines. */ quiet?: boolean};

export function runWatch(
	session: Session,
	io: Io,
	signal: AbortSignal,
	options: WatchOptions,
	now: () => number = Date.now,
): Promise<number> {
	const {store} = session;
	let lastSeq = 0;
	// The failure a source last reported on stderr: report changes only, not every retry.
	const reported = new Map<string, string>();

	const flush = (state: CutwatchState) => {
		const fresh = eventsSince(state.events, lastSeq);
		if (fresh.length > 0) {
			lastSeq = fresh.at(-1)!.seq;
			const shown = options.quiet
				? []
				: fresh.filter((event) => matchesStatus((event.to ?? event.from)?.category ?? 'unknown', options.statuses));
			if (shown.length > 0) io.stdout.write(shown.map((event) => eventLine(event) + '\n').join(''));
		}
		for (const source of state.sources.values()) {
			const code = source.lastError ? `${source.lastError.throttled}:${source.lastError.code}` : 'ok';
			const before = reported.get(source.key) ?? 'ok';
			if (code === before) continue;
			reported.set(source.key, code);
			const line = sourceLine(source, now());
			if (line) io.stderr.write(`cutwatch: ${line}\n`);
		}
	};

	return new Promise((resolve) => {
		const unsubscribe = store.subscribe(flush);
		flush(store.getState());
		session.poller.start();
		// The CLI ends the watch by aborting `signal` (interrupt, or --until-done finishing).
		const finish = () => {
			unsubscribe();
			resolve(exitCodes.ok);
		};
		if (signal.aborted) finish();
		else signal.addEventListener('abort', finish, {once: true});
	});
}
