// The source view's text: for each source behind a pane (one per account × region), its health, the whole
// error (code, AWS's message, the hint), when it last answered and when it is tried next, then the pane's source
// events. Pure and wrapped to the width, so nothing the operator must act on is ever cut off.
import type {TaskKind} from '../../model/task.js';
import {effectivePhase, type SourceEvent, type SourceState} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {wrapText} from '../layout/column-text.js';
import type {Tone} from '../theme.js';
import {formatClockSeconds} from '../hooks/units.js';

export type SourceLine = {readonly text: string; readonly tone?: Tone | undefined; readonly section?: boolean};

const labelWidth = 12;

function field(label: string, value: string, width: number, tone?: Tone): SourceLine[] {
	const lines = wrapText(value, Math.max(10, width - labelWidth - 2));
	return lines.map((line, index) => ({text: `  ${(index === 0 ? label : '').padEnd(labelWidth)}${line}`, tone}));
}

export function sourceLines(sources: readonly SourceState[], events: readonly SourceEvent[], kind: TaskKind, width: number): SourceLine[] {
	const out: SourceLine[] = [];
	for (const source of sources) {
		const phase = effectivePhase(source);
		const where = [source.account, source.region]
			.filter(Boolean)
			.map((part) => sanitize(part!))
			.join(' · ');
		out.push({text: ` ${where}`, section: true});
		const failures =
			source.consecutiveFailures > 0 ? ` (${source.consecutiveFailures} failed attempt${source.consecutiveFailures === 1 ? '' : 's'} in a row)` : '';
		out.push(...field('State', `${phase}${failures}`, width, phase === 'error' ? 'error' : phase === 'throttled' ? 'warn' : phase === 'ok' ? 'ok' : undefined));
		const error = source.lastError;
		if (error) {
			out.push(...field('Error', sanitize(error.code), width, 'error'));
			out.push(...field('What to do', sanitize(error.hint), width, 'warn'));
			if (error.message !== '' && error.message !== error.code) out.push(...field(error.local ? 'Detail' : 'AWS says', sanitize(error.message), width));
		}
		out.push(...field('Last answer', source.lastSuccessAt === undefined ? 'none yet' : `${formatClockSeconds(source.lastSuccessAt)} UTC`, width));
		if (source.staleSince !== undefined)
			out.push(...field('Stale since', `${formatClockSeconds(source.staleSince)} UTC: its rows are the last good data`, width, 'warn'));
		if (source.nextPollAt !== undefined) out.push(...field('Next try', `${formatClockSeconds(source.nextPollAt)} UTC`, width));
		out.push({text: ''});
	}
	const mine = events.filter((event) => event.kind === kind);
	if (mine.length > 0) {
		out.push({text: ' Source events, newest first', section: true});
		for (const event of [...mine].reverse()) {
			const what =
				event.type === 'source-failed'
					? `failed: ${sanitize(event.error.code)}: ${sanitize(event.error.hint)}`
					: `answering again (was ${sanitize(event.error.code)})`;
			out.push(...field(formatClockSeconds(event.at), `${sanitize(event.region)} ${what}`, width, event.type === 'source-failed' ? 'error' : 'ok'));
		}
	}
	return out;
}
