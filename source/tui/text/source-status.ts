// What a pane says about the sources behind it: ok since when, still loading, throttled with a countdown,
// failing with the hint, showing data stale since when. Pure; the countdown is the only thing that needs a
// clock with seconds, and `countsSeconds` says when it is on screen.
import {formatDuration} from '../../format/duration.js';
import {effectivePhase, type PaneSourceState} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {cell, stringWidth, wrapText} from '../layout/column-text.js';
import type {Theme, Tone} from '../theme.js';
import {formatClock} from '../hooks/units.js';

export type PaneStatus = {
	/** Short, for the pane title and the collapsed summary line. */
	readonly text: string;
	readonly tone: Tone;
	/** A line for the pane body when a source is failing: code, the hint, AWS's message. */
	readonly problem?: string | undefined;
	/** The same, in parts (sanitised), so a narrow pane can shorten the code and keep the hint whole. */
	readonly error?: {readonly code: string; readonly message: string; readonly hint: string} | undefined;
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
	const stale = source.lastSuccessAt === undefined ? ', no data yet' : source.staleSince === undefined ? '' : `, stale since ${formatClock(source.staleSince)}`;
	const error = source.lastError;
	// The hint first: when the line is cut short, what to do survives and AWS's own wording goes.
	const parts = error ? {code: sanitize(error.code), message: sanitize(error.message), hint: sanitize(error.hint)} : undefined;
	const problem = parts ? problemLine(parts.code, parts.message, parts.hint) : undefined;
	switch (source.phase) {
		case 'idle':
			return {text: paused ? 'paused' : 'waiting', tone: 'muted', countsSeconds: false};
		case 'polling':
			// The first page of a long first listing is on screen; AWS does not say how many pages follow.
			if (source.loadingPages !== undefined) return {text: `loading… ${source.loadingPages} of ? pages`, tone: 'muted', countsSeconds: false};
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
			return {text: `throttled${share}${retry}${stale}`, tone: 'warn', problem, error: parts, countsSeconds: countdown};
		}
		case 'error':
			return {text: `error${share} ${error ? sanitize(error.code) : ''}`.trimEnd() + stale, tone: 'error', problem, error: parts, countsSeconds: false};
	}
}

function problemLine(code: string, message: string, hint: string): string {
	return message === '' || message === code ? `${code}: ${hint}` : `${code}: ${hint} (${message})`;
}

/**
 * The pane's error line(s), each at most `width` columns: the hint (what to do) always whole where it can be;
 * AWS's message goes first, then the code is shortened, then the line wraps (at most `maxLines`).
 */
export function problemLines(error: NonNullable<PaneStatus['error']>, width: number, theme: Pick<Theme, 'ascii' | 'ellipsis'>, maxLines = 2): string[] {
	const {code, message, hint} = error;
	const full = problemLine(code, message, hint);
	if (stringWidth(full) <= width) return [full];
	const plain = `${code}: ${hint}`;
	if (stringWidth(plain) <= width) return [plain];
	const codeRoom = width - stringWidth(hint) - 2;
	if (codeRoom >= 5) return [`${cell(code, codeRoom, theme).trimEnd()}: ${hint}`];
	const shortCode = cell(code, Math.min(stringWidth(code), 12), theme).trimEnd();
	const lines = wrapText(`${shortCode}: ${hint}`, width);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = cell(`${kept[maxLines - 1]} …`, width, theme).trimEnd();
	return kept;
}
