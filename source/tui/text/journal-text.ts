// The journal's health as screen text: empty while it writes; the problem and the backlog when it does not.
import type {JournalState} from '../../store/index.js';
import {formatCount} from '../hooks/units.js';

export function journalProblem(journal: JournalState | undefined): string {
	if (journal?.problem === undefined) return '';
	return `journal: ${journal.problem}, ${formatCount(journal.unwritten)} events not written`;
}

/** The event log's note: the journal's trouble, else what a restart brought back. */
export function journalNote(journal: JournalState | undefined): string {
	return journalProblem(journal) || (journal?.resumed ?? '');
}
