// `e`: the store's task and source events, and what libraries said while the screen was up (notices, see
// quiet-terminal.ts), newest first, narrowed by the event filter (f/F) and the search (/).
// Windowed like the panes: the ring holds thousands of events, the screen draws a page. A cursor marks the
// event Enter opens (its task's detail, or the source's full error).
import {Text} from 'ink';
import {scopeLabel, selectScopeColumn, type Notice, type ScopeColumn, type SourceEvent, type StatusFilter, type TaskEvent} from '../../store/index.js';
import {useShallow} from 'zustand/react/shallow';
import {sanitize} from '../../format/sanitize.js';
import {useCutwatch, useTheme} from '../context.js';
import {eventKindLabel, eventSummary, eventTone} from '../text/event-text.js';
import {useScrollView} from '../hooks/use-scroll-window.js';
import {isNotice, isSourceEvent, logEntries} from '../text/log-entries.js';
import {heldLine} from '../terminal/quiet-terminal.js';
import {Frame} from './Frame.js';
import type {ScrollViewProps} from './DetailView.js';
import {journalNote} from '../text/journal-text.js';
import {narrowingText, rangeNote} from '../text/pane-text.js';
import {cell, stringWidth} from '../layout/column-text.js';
import type {Theme} from '../theme.js';
import {formatClockSeconds, formatCount} from '../hooks/units.js';

const typeWords: Record<TaskEvent['type'], string> = {
	appeared: 'appeared',
	'status-changed': 'changed',
	completed: 'completed',
	failed: 'failed',
	cancelled: 'cancelled',
	stalled: 'stalled',
	resumed: 'resumed',
	gone: 'gone',
	reappeared: 'reappeared',
};

type LineProps = {width: number; theme: Theme; scope: ScopeColumn; selected: boolean};

/** A source failing or answering again: what failed and the whole hint, cut only by the screen's width. */
function SourceEventLine({event, width, theme, scope, selected}: LineProps & {event: SourceEvent}) {
	const wide = width >= 150;
	const failed = event.type === 'source-failed';
	const time = formatClockSeconds(event.at);
	const type = cell(`${failed ? theme.symbols.failed : theme.symbols.completed} ${failed ? 'source' : 'recovered'}`, 12, theme);
	const pane = wide ? cell(eventKindLabel(event.kind, true), 9, theme) + ' ' : '';
	const scopeWidth = scope.parts === 'none' ? 0 : wide ? scope.full : scope.compact;
	const where = scopeWidth > 0 ? cell(sanitize(scopeLabel(event, scope.parts, !wide)), scopeWidth, theme) + ' ' : '';
	const code = sanitize(event.error.code);
	const what = failed
		? `${wide ? '' : `${eventKindLabel(event.kind, true)} `}${code}: ${sanitize(event.error.hint)}`
		: `${wide ? '' : `${eventKindLabel(event.kind, true)} `}answering again (was ${code})`;
	const used = 1 + 8 + 1 + 12 + 1 + stringWidth(pane) + stringWidth(where);
	return (
		<>
			{selected ? theme.cursor : ' '}
			<Text color={theme.toneColor('muted')}>{time}</Text> <Text color={theme.toneColor(failed ? 'error' : 'ok')}>{type}</Text> {pane}
			{where}
			<Text color={failed ? theme.toneColor('error') : undefined}>{cell(what, Math.max(0, width - used), theme)}</Text>
		</>
	);
}

function EventLine({event, width, theme, scope, selected}: LineProps & {event: TaskEvent}) {
	const wide = width >= 150;
	const medium = width >= 100;
	const category = (event.to ?? event.from)?.category ?? 'unknown';
	const word = event.type === 'appeared' && event.initial ? 'listed' : typeWords[event.type];
	const time = formatClockSeconds(event.at);
	const type = cell(`${theme.symbols[category]} ${word}`, 12, theme);
	const pane = wide ? cell(eventKindLabel(event.kind, true), 9, theme) + ' ' : '';
	const idWidth = wide ? 28 : medium ? 22 : 18;
	const nameWidth = wide ? 20 : medium ? 16 : 12;
	// Store tasks are known by their AMI, which is their name; their internal id means nothing to a user.
	const store = event.kind === 'store-image';
	const id = cell(sanitize(store ? event.name : event.taskId), idWidth, theme, 'middle');
	const name = cell(store ? '' : sanitize(event.name), nameWidth, theme);
	// Several regions or accounts watched: which one, in full on a wide screen.
	const scopeWidth = scope.parts === 'none' ? 0 : wide ? scope.full : scope.compact;
	const where = scopeWidth > 0 ? cell(sanitize(scopeLabel(event, scope.parts, !wide)), scopeWidth, theme) + ' ' : '';
	const used = 1 + 8 + 1 + 12 + 1 + (wide ? 10 : 0) + (scopeWidth > 0 ? scopeWidth + 1 : 0) + idWidth + 1 + nameWidth + 1;
	const summary = cell(eventSummary(event, theme, false), Math.max(0, width - used), theme);
	const tone = eventTone(event);
	return (
		<>
			{selected ? theme.cursor : ' '}
			<Text color={theme.toneColor('muted')}>{time}</Text> <Text color={tone ? theme.toneColor(tone) : theme.categoryColor(category)}>{type}</Text> {pane}
			{where}
			{id} {name} <Text color={tone === 'error' ? theme.toneColor('error') : undefined}>{summary}</Text>
		</>
	);
}

function NoticeLine({notice, width, theme, selected}: LineProps & {notice: Notice}) {
	const used = 1 + 8 + 1 + 12 + 1;
	return (
		<>
			{selected ? theme.cursor : ' '}
			<Text color={theme.toneColor('muted')}>{formatClockSeconds(notice.at)}</Text>{' '}
			<Text color={theme.toneColor('warn')}>{cell(`! ${notice.source}`, 12, theme)}</Text> {cell(heldLine(notice.text), Math.max(0, width - used), theme)}
		</>
	);
}

export function EventLogView({width, height, scroll, onExtent, filter}: ScrollViewProps & {filter: StatusFilter}) {
	const theme = useTheme();
	const events = useCutwatch((state) => state.events);
	const sourceEvents = useCutwatch((state) => state.sourceEvents);
	const search = useCutwatch((state) => state.view.search);
	const notices = useCutwatch((state) => state.notices);
	const scope = useCutwatch(useShallow((state) => selectScopeColumn(state)));
	const shown = logEntries(events, sourceEvents, notices, filter, search);
	const inner = Math.max(0, width - 2);
	const room = Math.max(0, height - 2);
	// `scroll` is the cursor: the row (newest first) Enter opens.
	const {offset, count, cursor} = useScrollView({scroll, total: shown.length, room, moves: 'cursor', onExtent});
	const lines = [];
	for (let row = offset; row < offset + count; row++) {
		const entry = shown[shown.length - 1 - row]!;
		const props = {width: inner, theme, scope, selected: row === cursor};
		lines.push(
			<Text key={isNotice(entry) ? `notice:${shown.length - row}` : `${entry.type}:${entry.seq}`} inverse={row === cursor}>
				{isNotice(entry) ? (
					<NoticeLine notice={entry} {...props} />
				) : isSourceEvent(entry) ? (
					<SourceEventLine event={entry} {...props} />
				) : (
					<EventLine event={entry} {...props} />
				)}
			</Text>,
		);
	}
	if (shown.length === 0) {
		lines.push(
			<Text key="none" color={theme.toneColor('muted')}>
				{cell(events.length + sourceEvents.length + notices.length === 0 ? ' No events yet.' : ' No events match.', inner, theme)}
			</Text>,
		);
	}
	const narrowing = narrowingText(filter, search);
	const journal = useCutwatch((state) => journalNote(state.journal));
	const title = `Event log, newest first, UTC${narrowing === '' ? '' : ` ${theme.separator} ${narrowing}`}${journal === '' ? '' : ` ${theme.separator} ${journal}`}`;
	const note = shown.length > room ? rangeNote(offset, room, shown.length) : formatCount(shown.length);
	return <Frame width={width} height={height} title={title} note={note} lines={lines} />;
}
