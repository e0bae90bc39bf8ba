// The event log's rows: task events and source events (a source starting to fail, recovering) in one list,
// oldest first, narrowed by the event filter and the search. Memoised on its inputs: the view and the keys
// (Enter on an entry) read the same array.
import type {SourceEvent, StatusFilter, TaskEvent} from '../store/index.js';
import {filterEvents} from './event-text.js';

export type LogEntry = TaskEvent | SourceEvent;

export function isSourceEvent(entry: LogEntry): entry is SourceEvent {
	return entry.type === 'source-failed' || entry.type === 'source-recovered';
}

/** Source failures count as failures for the filter; searches match their code, message, hint and region. */
function sourceMatches(event: SourceEvent, filter: StatusFilter, terms: readonly string[]): boolean {
	if (filter !== 'all' && !(filter === 'failed' && event.type === 'source-failed')) return false;
	const text = `${event.error.code}\n${event.error.message}\n${event.error.hint}\n${event.region}\n${event.account ?? ''}`.toLowerCase();
	return terms.every((term) => text.includes(term));
}

let memo: {events: readonly TaskEvent[]; sources: readonly SourceEvent[]; filter: StatusFilter; search: string; entries: readonly LogEntry[]} | undefined;

export function logEntries(events: readonly TaskEvent[], sources: readonly SourceEvent[], filter: StatusFilter, search: string): readonly LogEntry[] {
	if (memo && memo.events === events && memo.sources === sources && memo.filter === filter && memo.search === search) return memo.entries;
	const tasks = filterEvents(events, filter, search);
	const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
	const shown = sources.filter((event) => sourceMatches(event, filter, terms));
	let entries: readonly LogEntry[];
	if (shown.length === 0) entries = tasks;
	else {
		// Both lists are in time order: merge them (a source event sorts after task events of the same instant).
		const merged: LogEntry[] = [];
		let i = 0;
		let j = 0;
		while (i < tasks.length || j < shown.length) {
			if (j >= shown.length || (i < tasks.length && tasks[i]!.at <= shown[j]!.at)) merged.push(tasks[i++]!);
			else merged.push(shown[j++]!);
		}
		entries = merged;
	}
	memo = {events, sources, filter, search, entries};
	return entries;
}
