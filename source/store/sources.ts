// Per-source health: what the pane badges and the staleness warning read. Pure transitions.
import type {TaskKind, TaskScope} from '../model/task.js';
import {sourceKey} from './source-key.js';
import type {PollError, SourceEvent, SourceState} from './state.js';

export function newSource(kind: TaskKind, scope: TaskScope): SourceState {
	return {
		key: sourceKey(kind, scope),
		kind,
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		phase: 'idle',
		consecutiveFailures: 0,
	};
}

export function sourceStarted(source: SourceState, now: number): SourceState {
	return {...source, phase: 'polling', lastAttemptAt: now};
}

/** A poll that never reported its start (or a blocked source) still counts as an attempt at `now`. */
function attemptAt(source: SourceState, now: number): number {
	return source.phase === 'polling' && source.lastAttemptAt !== undefined ? source.lastAttemptAt : now;
}

export function sourceSucceeded(source: SourceState, now: number, nextPollAt: number | undefined, listing: 'full' | 'partial' = 'full'): SourceState {
	return {
		...source,
		phase: 'ok',
		lastAttemptAt: attemptAt(source, now),
		lastSuccessAt: now,
		lastListedAt: listing === 'full' ? now : source.lastListedAt,
		lastError: undefined,
		consecutiveFailures: 0,
		nextPollAt,
		staleSince: undefined,
		loadingPages: undefined,
	};
}

export function sourceFailed(source: SourceState, error: PollError, now: number, nextPollAt: number | undefined): SourceState {
	return {
		...source,
		phase: error.throttled ? 'throttled' : 'error',
		lastAttemptAt: attemptAt(source, now),
		// Copy only what the store promises; the poller's object may carry more.
		lastError: {
			code: error.code,
			message: error.message,
			hint: error.hint,
			throttled: error.throttled,
			...(error.needsAction ? {needsAction: true} : {}),
			...(error.local ? {local: true} : {}),
		},
		consecutiveFailures: source.consecutiveFailures + 1,
		nextPollAt,
		loadingPages: undefined,
		// Data is stale only if there was data: a source that never succeeded shows its error instead.
		staleSince: source.staleSince ?? (source.lastSuccessAt === undefined ? undefined : now),
	};
}

export function withSource(sources: ReadonlyMap<string, SourceState>, source: SourceState): ReadonlyMap<string, SourceState> {
	const next = new Map(sources);
	next.set(source.key, source);
	return next;
}

const sourceEventLimit = 500;

/**
 * The source event a transition makes, if any: a failure when the source was not failing or fails with
 * another code now, a recovery when a success follows a failure. Retries of the same failure make none.
 */
export function sourceEventFor(before: SourceState, after: SourceState, at: number, seq: number): SourceEvent | undefined {
	const base = {seq, at, sourceKey: after.key, kind: after.kind, region: after.region, account: after.account};
	if (after.lastError && after.lastError.code !== before.lastError?.code) return {...base, type: 'source-failed', error: after.lastError};
	if (!after.lastError && before.lastError) return {...base, type: 'source-recovered', error: before.lastError};
	return undefined;
}

export function appendSourceEvent(events: readonly SourceEvent[], event: SourceEvent | undefined): readonly SourceEvent[] {
	if (event === undefined) return events;
	const next = events.length >= sourceEventLimit ? events.slice(events.length - sourceEventLimit + 1) : events.slice();
	next.push(event);
	return next;
}
