// One line per task event, for --watch: time, pane, region, id, transition, message. Columns are
// space-separated and the first five never contain spaces, so `awk`/`grep` work on them.
import type {TaskEvent, EventStatus} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';
import {formatTime, gapText} from '../format/time.js';

function state(status: EventStatus | undefined): string {
	if (!status) return '?';
	const raw = sanitize(status.status);
	return raw === status.category ? raw : `${status.category}(${raw})`;
}

function transition(event: TaskEvent): string {
	switch (event.type) {
		case 'appeared':
			return `${event.initial ? 'listed' : 'appeared'} ${state(event.to)}`;
		case 'gone':
			return `gone ${state(event.from)}`;
		case 'reappeared':
			return event.from ? `reappeared ${state(event.from)} -> ${state(event.to)}` : `reappeared ${state(event.to)}`;
		case 'stalled':
		case 'resumed':
			return event.type;
		default:
			// No `from`: first seen already in this state (it started and ended between two polls).
			if (!event.from) return `appeared ${state(event.to)}`;
			// The same state on both sides: only AWS's message moved on, and the line's message says how.
			return messageOnly(event) ? state(event.to) : `${state(event.from)} -> ${state(event.to)}`;
	}
}

/** A change whose state (category and AWS status) stayed the same on both sides. */
function messageOnly(event: TaskEvent): boolean {
	return event.type === 'status-changed' && event.from !== undefined && state(event.from) === state(event.to);
}

/** The line's message: for a message-only change, `old -> new`. */
function messageOf(event: TaskEvent): string {
	const now = sanitize(event.message ?? event.to?.message ?? '');
	if (!messageOnly(event)) return now;
	const before = sanitize(event.from?.message ?? '');
	return before === '' || before === now ? now : `${before} -> ${now}`;
}

export function eventLine(event: TaskEvent): string {
	const where = event.account ? `${event.region}/${sanitize(event.account)}` : event.region;
	const message = messageOf(event);
	const name = sanitize(event.name);
	// A store task's only name is its AMI, already the start of its id (ami-…@start): not repeated.
	const id = sanitize(event.taskId);
	const sameAsId = name === id || id.startsWith(`${name}@`);
	const detail = [sameAsId ? '' : `"${name}"`, gapText(event), message].filter(Boolean).join(' ');
	return [formatTime(event.at), event.kind, where, id, transition(event), detail].filter((part) => part !== '').join(' ');
}
