// "While you were away": what happened between two moments, in one line, from the store's events. Pure;
// '' when nothing happened, so a return to a quiet screen shows nothing.
import {kindLabels} from '../../model/task.js';
import type {SourceEvent, TaskEvent} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {formatClock, formatMinutes} from '../hooks/units.js';

export type RecapInput = {
	readonly events: readonly TaskEvent[];
	readonly sourceEvents: readonly SourceEvent[];
	readonly since: number;
	readonly now: number;
	readonly separator: string;
};

const paneWord: Record<keyof typeof kindLabels, string> = {
	'import-snapshot': 'imports',
	'export-image': 'exports',
	'store-image': 'store',
	'discovery-import': 'Discovery',
};

/** `since 02:14 (38m): 12 completed · 2 failed (db-02 root disk: ClientError …) · 1 stalled · store throttled 4m`. */
export function recapText({events, sourceEvents, since, now, separator}: RecapInput): string {
	const recent = events.filter((event) => event.at > since && event.at <= now && event.initial !== true);
	const count = (type: TaskEvent['type']) => recent.filter((event) => event.type === type).length;
	const failed = recent.filter((event) => event.type === 'failed');
	const parts: string[] = [];
	if (count('completed') > 0) parts.push(`${count('completed')} completed`);
	if (failed.length > 0) {
		const first = failed[failed.length - 1]!;
		const reason = sanitize(first.to?.message ?? first.message ?? first.to?.status ?? '');
		parts.push(`${failed.length} failed (${sanitize(first.name || first.taskId)}${reason === '' ? '' : `: ${reason}`}${failed.length > 1 ? ', …' : ''})`);
	}
	if (count('stalled') > 0) parts.push(`${count('stalled')} stalled`);
	if (count('cancelled') > 0) parts.push(`${count('cancelled')} cancelled`);
	// A source that failed meanwhile: how long, until it answered again (or until now).
	for (const failure of sourceEvents.filter((event) => event.type === 'source-failed' && event.at > since && event.at <= now)) {
		const recovered = sourceEvents.find((event) => event.type === 'source-recovered' && event.sourceKey === failure.sourceKey && event.at >= failure.at);
		const how = failure.error.throttled ? 'throttled' : `failing (${sanitize(failure.error.code)})`;
		parts.push(`${paneWord[failure.kind]} ${how} ${formatMinutes((recovered?.at ?? now) - failure.at)}${recovered ? '' : ', still'}`);
	}
	if (parts.length === 0) return '';
	return `since ${formatClock(since)} UTC (${formatMinutes(now - since)}): ${parts.join(` ${separator} `)}`;
}
