// What a pane says about the sources behind it: ok since when, still loading, throttled with a countdown,
// failing with the hint, showing data stale since when. Pure; the countdown is the only thing that needs a
// clock with seconds, and `countsSeconds` says when it is on screen.
import {formatDuration} from '../headless/format.js';
import {effectivePhase, type PaneSourceState} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import type {Tone} from './theme.js';
import {formatClock} from './units.js';

export type PaneStatus = {
	/** Short, for the pane title and the collapsed summary line. */
	readonly text: string;
	readonly tone: Tone;
	/** A line for the pane body when a source is failing: code, the hint, AWS's message. */
	readonly problem?: string | undefined;
	/** The text shows a seconds countdown, so the screen needs a one-second clock while it does. */
	readonly countsSeconds: boolean;
};

export function paneStatus(source: PaneSourceState | undefined, now: number, paused: boolean): PaneStatus {
	if (source === undefined) return {text: 'not watched', tone: 'muted', countsSeconds: false};
	const failing = source.sources.filter((each) => {
		const phase = effectivePhase(each);
		return phase === 'error' || phase === 'throttled';
	}).length;
	const share = source.sources.length > 1 && failing > 0 ? ` ${failing}/${source.sources.length}` : '';
	const stale =
		source.lastSuccessAt === undefined ? ', no data yet' : source.staleSince === undefined ? '' : `, stale since ${formatClock(source.staleSince)}`;
	const error = source.lastError;
	// The hint first: when the line is cut short, what to do survives and AWS's own wording goes.
	const problem = error ? problemLine(sanitize(error.code), sanitize(error.message), sanitize(error.hint)) : undefined;
	switch (source.phase) {
		case 'idle':
			return {text: paused ? 'paused' : 'waiting', tone: 'muted', countsSeconds: false};
		case 'polling':
			return {text: 'polling', tone: 'muted', countsSeconds: false};
		case 'ok':
			return {
				text: source.lastSuccessAt === undefined ? 'ok' : `ok ${formatClock(source.lastSuccessAt)}`,
				tone: 'ok',
				countsSeconds: false,
			};
		case 'throttled': {
			const countdown = !paused && !source.polling && source.nextPollAt !== undefined;
			const retry = source.polling ? ', retrying' : countdown ? `, retry in ${formatDuration(Math.max(0, source.nextPollAt! - now))}` : '';
			return {text: `throttled${share}${retry}${stale}`, tone: 'warn', problem, countsSeconds: countdown};
		}
		case 'error':
			return {text: `error${share} ${error ? sanitize(error.code) : ''}`.trimEnd() + stale, tone: 'error', problem, countsSeconds: false};
	}
}

function problemLine(code: string, message: string, hint: string): string {
	return message === '' || message === code ? `${code}: ${hint}` : `${code}: ${hint} (${message})`;
}
