// The event log's rows: task events, source events (a source starting to fail, recovering) and what libraries
// said while the screen was up (notices, see quiet-terminal.ts) in one list, oldest first, narrowed by the
// event filter and the search. Memoised on its inputs: the view and the keys (Enter on an entry) read the
// same array.
import {searchTerms, type Notice, type SourceEvent, type StatusFilter, type TaskEvent} from '../../store/index.js';
import {filterEvents, filterNotices} from './event-text.js';

export type LogEntry = TaskEvent | SourceEvent | Notice;

export function isSourceEvent(entry: LogEntry): entry is SourceEvent {
	return 'type' in entry && (entry.type === 'source-failed' || entry.type === 'source-recovered');
}

export function isNotice(entry: LogEntry): entry is Notice {
	return !('type' in entry);
}

export function isTaskEvent(entry: LogEntry): entry is TaskEvent {
	return !isNotice(entry) && !isSourceEvent(entry);
}

/** Source failures count as failures for the filter; searches match their code, message, hint and region. */
function sourceMatches(event: SourceEvent, filter: StatusFilter, terms: readonly string[]): boolean {
	if (filter !== 'all' && !(filter === 'failed' && event.type === 'source-failed')) return false;
	const text = `${event.error.code}\n${event.error.message}\n${event.error.hint}\n${event.region}\n${event.account ?? ''}`.toLowerCase();
	return terms.every((term) => text.includes(term));
}

/** Two lists in time order as one (an entry of `later` sorts after those of `first` at the same instant). */
function mergeByTime(first: readonly LogEntry[], later: readonly LogEntry[]): readonly LogEntry[] {
	if (later.length === 0) return first;
	const merged: LogEntry[] = [];
	let i = 0;
	let j = 0;
	while (i < first.length || j < later.length) {
		if (j >= later.length || (i < first.length && first[i]!.at <= later[j]!.at)) merged.push(first[i++]!);
		else merged.push(later[j++]!);
	}
	return merged;
}

type Memo = {
	events: readonly TaskEvent[];
	sources: readonly SourceEvent[];
	notices: readonly Notice[];
	filter: StatusFilter;
	search: string;
	entries: readonly LogEntry[];
};
let memo: Memo | undefined;

export function logEntries(
	events: readonly TaskEvent[],
	sources: readonly SourceEvent[],
	notices: readonly Notice[],
	filter: StatusFilter,
	search: string,
): readonly LogEntry[] {
	if (memo && memo.events === events && memo.sources === sources && memo.notices === notices && memo.filter === filter && memo.search === search) {
		return memo.entries;
	}
	const terms = searchTerms(search);
	const shownSources = sources.filter((event) => sourceMatches(event, filter, terms));
	const entries = mergeByTime(mergeByTime(filterEvents(events, filter, search), shownSources), filterNotices(notices, filter, search));
	memo = {events, sources, notices, filter, search, entries};
	return entries;
}
