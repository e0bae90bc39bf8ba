// `e`: the store's task and source events, and what libraries said while the screen was up (notices, see
// quiet-terminal.ts), newest first, narrowed by the event filter (f/F) and the search (/).
// Each says its pane and shows its id whole (event-columns.ts: on two lines where one cannot hold both).
// Windowed like the panes: the ring holds thousands of events, the screen draws a page. A cursor marks the
// event Enter opens (its task's detail, or the source's full error).
import {Text} from 'ink';
import {useLayoutEffect, useMemo, type ReactNode} from 'react';
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
import {eventColumns, eventId, kindWidth, longestTexts, timeWidth, typeWidth, type EventColumns} from '../text/event-columns.js';
import {narrowingText, rangeNote} from '../text/pane-text.js';
import {cell, stringWidth, wrapText} from '../layout/column-text.js';
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

/** An entry's first line, and its second when the events take two. */
type EntryLines = {readonly first: ReactNode; readonly second?: ReactNode};

type LineProps = {width: number; theme: Theme; scope: ScopeColumn; selected: boolean; columns: EventColumns};

/** Cursor, time, the coloured type and the pane: how every entry's first line starts. */
function Lead({at, type, tone, kind, theme, selected}: {at: number; type: string; tone: string | undefined; kind: string; theme: Theme; selected: boolean}) {
	return (
		<>
			{selected ? theme.cursor : ' '}
			<Text color={theme.toneColor('muted')}>{formatClockSeconds(at)}</Text> <Text color={tone}>{cell(type, typeWidth, theme)}</Text>{' '}
			{cell(kind, kindWidth, theme)}{' '}
		</>
	);
}

/** The part of `text` that fits in `width` (broken at a space where it can) and the rest, for a second line. */
function splitLine(text: string, width: number): [string, string] {
	const first = wrapText(text, Math.max(1, width))[0] ?? '';
	return [first, text.slice(first.length).trimStart()];
}

function whereCell(event: {account?: string | undefined; region: string}, scope: ScopeColumn, width: number, theme: Theme): string {
	const wide = width >= 150;
	const scopeWidth = scope.parts === 'none' ? 0 : wide ? scope.full : scope.compact;
	return scopeWidth > 0 ? cell(sanitize(scopeLabel(event, scope.parts, !wide)), scopeWidth, theme) + ' ' : '';
}

function scopeWidthOf(scope: ScopeColumn, width: number): number {
	return scope.parts === 'none' ? 0 : width >= 150 ? scope.full : scope.compact;
}

/** A source failing or answering again: what failed and the whole hint, cut only by the screen's width. */
function sourceEventLines({event, width, theme, scope, selected, columns}: LineProps & {event: SourceEvent}): EntryLines {
	const failed = event.type === 'source-failed';
	const type = `${failed ? theme.symbols.failed : theme.symbols.completed} ${failed ? 'source' : 'recovered'}`;
	const where = whereCell(event, scope, width, theme);
	const code = sanitize(event.error.code);
	const what = failed ? `${code}: ${sanitize(event.error.hint)}` : `answering again (was ${code})`;
	const tone = theme.toneColor(failed ? 'error' : 'ok');
	const lead = <Lead at={event.at} type={type} tone={tone} kind={eventKindLabel(event.kind, true)} theme={theme} selected={selected} />;
	const whatColor = failed ? theme.toneColor('error') : undefined;
	if (columns.twoLines) {
		const [first, rest] = splitLine(what, width - columns.lead);
		return {
			first: (
				<>
					{lead}
					{where}
					<Text color={whatColor}>{cell(first, width - columns.lead, theme)}</Text>
				</>
			),
			second: <Text color={whatColor}>{cell(`  ${rest}`, width, theme)}</Text>,
		};
	}
	const used = columns.lead - scopeWidthOf(scope, width) - (scopeWidthOf(scope, width) > 0 ? 1 : 0) + stringWidth(where);
	return {
		first: (
			<>
				{lead}
				{where}
				<Text color={whatColor}>{cell(what, Math.max(0, width - used), theme)}</Text>
			</>
		),
	};
}

function eventLines({event, width, theme, scope, selected, columns}: LineProps & {event: TaskEvent}): EntryLines {
	const category = (event.to ?? event.from)?.category ?? 'unknown';
	const word = event.type === 'appeared' && event.initial ? 'listed' : typeWords[event.type];
	const eventToneValue = eventTone(event);
	const typeColor = eventToneValue ? theme.toneColor(eventToneValue) : theme.categoryColor(category);
	const lead = (
		<Lead
			at={event.at}
			type={`${theme.symbols[category]} ${word}`}
			tone={typeColor}
			kind={eventKindLabel(event.kind, true)}
			theme={theme}
			selected={selected}
		/>
	);
	// Store tasks are known by their AMI, which is their name; their internal id means nothing to a user.
	const store = event.kind === 'store-image';
	const id = cell(eventId(event), columns.idWidth, theme);
	const name = columns.nameWidth > 0 ? `${cell(store ? '' : sanitize(event.name), columns.nameWidth, theme)} ` : '';
	const where = whereCell(event, scope, width, theme);
	const summaryColor = eventToneValue === 'error' ? theme.toneColor('error') : undefined;
	const text = eventSummary(event, theme, false);
	if (columns.twoLines) {
		// What happened beside the time, the task (its id whole) under it.
		return {
			first: (
				<>
					{lead}
					{where}
					<Text color={summaryColor}>{cell(text, width - columns.lead, theme)}</Text>
				</>
			),
			second:
				// Aligned while the names have room beside the widest id, else each name right after its own id.
				columns.nameWidth >= 16
					? `  ${id} ${cell(store ? '' : sanitize(event.name), columns.nameWidth, theme)}`
					: cell(`  ${eventId(event)}  ${store ? '' : sanitize(event.name)}`, width, theme),
		};
	}
	const used = columns.lead + columns.idWidth + 1 + stringWidth(name);
	return {
		first: (
			<>
				{lead}
				{where}
				{id} {name}
				<Text color={summaryColor}>{cell(text, Math.max(0, width - used), theme)}</Text>
			</>
		),
	};
}

function noticeLines({notice, width, theme, selected, columns}: LineProps & {notice: Notice}): EntryLines {
	const lead = <Lead at={notice.at} type={`! ${notice.source}`} tone={theme.toneColor('warn')} kind="" theme={theme} selected={selected} />;
	const used = 1 + timeWidth + 1 + typeWidth + 1 + kindWidth + 1;
	if (columns.twoLines) {
		const [first, rest] = splitLine(heldLine(notice.text), width - used);
		return {
			first: (
				<>
					{lead}
					{cell(first, width - used, theme)}
				</>
			),
			second: cell(`  ${rest}`, width, theme),
		};
	}
	return {
		first: (
			<>
				{lead}
				{cell(heldLine(notice.text), Math.max(0, width - used), theme)}
			</>
		),
	};
}

export function EventLogView({width, height, scroll, onExtent, onPage, filter}: ScrollViewProps & {filter: StatusFilter}) {
	const theme = useTheme();
	const events = useCutwatch((state) => state.events);
	const sourceEvents = useCutwatch((state) => state.sourceEvents);
	const search = useCutwatch((state) => state.view.search);
	const notices = useCutwatch((state) => state.notices);
	const scope = useCutwatch(useShallow((state) => selectScopeColumn(state)));
	const shown = logEntries(events, sourceEvents, notices, filter, search);
	const inner = Math.max(0, width - 2);
	const room = Math.max(0, height - 2);
	const widest = useMemo(() => longestTexts(shown), [shown]);
	const columns = eventColumns(inner, widest, scopeWidthOf(scope, inner));
	const perEntry = columns.twoLines ? 2 : 1;
	// `scroll` is the cursor: the row (newest first) Enter opens.
	const {offset, count, cursor} = useScrollView({scroll, total: shown.length, room, moves: 'cursor', onExtent, linesOf: () => perEntry});
	useLayoutEffect(() => onPage?.(Math.max(1, count)));
	const lines: ReactNode[] = [];
	for (let row = offset; row < offset + count; row++) {
		const entry = shown[shown.length - 1 - row]!;
		const props = {width: inner, theme, scope, selected: row === cursor, columns};
		const parts = isNotice(entry)
			? noticeLines({notice: entry, ...props})
			: isSourceEvent(entry)
				? sourceEventLines({event: entry, ...props})
				: eventLines({event: entry, ...props});
		const key = isNotice(entry) ? `notice:${shown.length - row}` : `${entry.type}:${entry.seq}`;
		lines.push(
			<Text key={`${key}:0`} inverse={row === cursor}>
				{parts.first}
			</Text>,
		);
		if (parts.second !== undefined)
			lines.push(
				<Text key={`${key}:1`} inverse={row === cursor}>
					{parts.second}
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
	const note = shown.length > count ? rangeNote(offset, count, shown.length) : formatCount(shown.length);
	return <Frame width={width} height={height} title={title} note={note} lines={lines} />;
}
