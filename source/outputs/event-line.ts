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
			return event.from ? `${state(event.from)} -> ${state(event.to)}` : `appeared ${state(event.to)}`;
	}
}

export function eventLine(event: TaskEvent): string {
	const where = event.account ? `${event.region}/${sanitize(event.account)}` : event.region;
	const message = sanitize(event.message ?? event.to?.message ?? '');
	const name = sanitize(event.name);
	// A store task's only name is its AMI, already the start of its id (ami-…@start): not repeated.
	const id = sanitize(event.taskId);
	const sameAsId = name === id || id.startsWith(`${name}@`);
	const detail = [sameAsId ? '' : `"${name}"`, gapText(event), message].filter(Boolean).join(' ');
	return [formatTime(event.at), event.kind, where, id, transition(event), detail].filter((part) => part !== '').join(' ');
}
