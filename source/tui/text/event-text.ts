// Task events as screen text: a one-phrase summary (used by the event log and the detail view's history)
// and the event log's filter. Every string from AWS is sanitised here.
import {kindLabels, type TaskKind} from '../../model/task.js';
import {filterMatches, searchTerms, type EventStatus, type Notice, type StatusFilter, type TaskEvent} from '../../store/index.js';
import {gapText} from '../../format/time.js';
import {sanitize} from '../../format/sanitize.js';
import {heldLine} from '../terminal/quiet-terminal.js';
import type {Theme, Tone} from '../theme.js';

function state(status: EventStatus | undefined): string {
	if (!status) return '?';
	const raw = sanitize(status.status);
	return raw === '' ? status.category : raw;
}

/**
 * e.g. "active → deleted: ClientError: Disk validation failed". `withType: false` leaves out the words the
 * event log already shows in its type column ("listed", "appeared", "stalled"...).
 */
export function eventSummary(event: TaskEvent, theme: Pick<Theme, 'ascii'>, withType = true): string {
	const arrow = theme.ascii ? '->' : '→';
	let message = sanitize(event.message ?? '');
	let text: string;
	switch (event.type) {
		case 'appeared':
			text = withType ? `${event.initial ? 'listed' : 'appeared'} ${state(event.to)}` : state(event.to);
			break;
		case 'reappeared': {
			const states = event.from ? `${state(event.from)} ${arrow} ${state(event.to)}` : state(event.to);
			text = withType ? `reappeared ${states}` : states;
			break;
		}
		case 'gone':
			return withType ? `gone (was ${state(event.from)})` : `was ${state(event.from)}`;
		case 'stalled':
		case 'resumed':
			text = withType ? event.type : '';
			break;
		default:
			// No `from`: first seen already finished, between two polls.
			if (!event.from) text = `appeared ${state(event.to)}`;
			else if (event.type === 'status-changed' && state(event.from) === state(event.to)) {
				// The same state on both sides: only AWS's message moved on; say how, once.
				text = state(event.to);
				const before = sanitize(event.from.message ?? '');
				if (before !== '' && before !== message && message !== '') message = `${before} ${arrow} ${message}`;
			} else text = `${state(event.from)} ${arrow} ${state(event.to)}`;
	}
	// A change made while cutwatch was down happened some time in the gap, not when the poll saw it.
	const gap = gapText(event);
	if (gap !== '') text = text === '' ? gap : `${text} ${gap}`;
	if (message === '') return text;
	return text === '' ? message : `${text}: ${message}`;
}

export function eventTone(event: TaskEvent): Tone | undefined {
	switch (event.type) {
		case 'failed':
			return 'error';
		case 'stalled':
			return 'warn';
		case 'completed':
			return 'ok';
		case 'cancelled':
		case 'gone':
			return 'muted';
		default:
			return undefined;
	}
}

export const shortKindLabels: Record<TaskKind, string> = {
	'import-snapshot': 'import',
	'export-image': 'export',
	'store-image': 'store',
	'discovery-import': 'discovery',
};

export function eventKindLabel(kind: TaskKind, short: boolean): string {
	return short ? shortKindLabels[kind] : kindLabels[kind];
}

/** Events whose new state is in the filter's category and whose id, name or message match every search term. */
export function filterEvents(events: readonly TaskEvent[], filter: StatusFilter, search: string): readonly TaskEvent[] {
	const terms = searchTerms(search);
	if (filter === 'all' && terms.length === 0) return events;
	return events.filter((event) => {
		if (filter !== 'all' && !filterMatches(filter, (event.to ?? event.from)?.category ?? 'unknown')) return false;
		if (terms.length === 0) return true;
		const text = `${event.taskId}\n${event.name}\n${event.message ?? ''}\n${event.to?.status ?? ''}`.toLowerCase();
		return terms.every((term) => text.includes(term));
	});
}

/** Notices belong to no task status: shown unfiltered, or when their text matches every search term. */
export function filterNotices(notices: readonly Notice[], filter: StatusFilter, search: string): readonly Notice[] {
	if (filter !== 'all') return [];
	const terms = searchTerms(search);
	if (terms.length === 0) return notices;
	return notices.filter((notice) => {
		const text = heldLine(notice.text).toLowerCase();
		return terms.every((term) => text.includes(term));
	});
}
