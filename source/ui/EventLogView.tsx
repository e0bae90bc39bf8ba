// `e`: the store's task events, newest first, narrowed by the event filter (f/F) and the search (/), with what
// libraries said while the screen was up (notices, see quiet-terminal.ts) in time order among them.
// Windowed like the panes: the ring holds thousands of events, the screen draws a page.
import {Text} from 'ink';
import {useMemo} from 'react';
import type {Notice, StatusFilter, TaskEvent} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import {useCutwatch, useTheme} from './context.js';
import {eventKindLabel, eventSummary, eventTone, filterEvents, filterNotices} from './event-text.js';
import {heldLine} from './quiet-terminal.js';
import {Frame} from './Frame.js';
import type {ScrollViewProps} from './DetailView.js';
import {narrowingText} from './pane-text.js';
import {cell} from './text.js';
import type {Theme} from './theme.js';
import {formatClockSeconds, formatCount} from './units.js';

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

function EventLine({event, width, theme}: {event: TaskEvent; width: number; theme: Theme}) {
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
	const used = 1 + 8 + 1 + 12 + 1 + (wide ? 10 : 0) + idWidth + 1 + nameWidth + 1;
	const summary = cell(eventSummary(event, theme, false), Math.max(0, width - used), theme);
	const tone = eventTone(event);
	return (
		<>
			{' '}
			<Text color={theme.toneColor('muted')}>{time}</Text> <Text color={tone ? theme.toneColor(tone) : theme.categoryColor(category)}>{type}</Text> {pane}
			{id} {name} <Text color={tone === 'error' ? theme.toneColor('error') : undefined}>{summary}</Text>
		</>
	);
}

function NoticeLine({notice, width, theme}: {notice: Notice; width: number; theme: Theme}) {
	const used = 1 + 8 + 1 + 12 + 1;
	return (
		<>
			{' '}
			<Text color={theme.toneColor('muted')}>{formatClockSeconds(notice.at)}</Text> <Text color={theme.toneColor('warn')}>{cell(`! ${notice.source}`, 12, theme)}</Text>{' '}
			{cell(heldLine(notice.text), Math.max(0, width - used), theme)}
		</>
	);
}

type Row = {readonly at: number; readonly event?: TaskEvent; readonly notice?: Notice};

/** Events and notices, oldest first, merged by time (a notice after the events of its instant). */
function mergeRows(events: readonly TaskEvent[], notices: readonly Notice[]): readonly Row[] {
	if (notices.length === 0) return events.map((event) => ({at: event.at, event}));
	const rows: Row[] = [];
	let n = 0;
	for (const event of events) {
		while (n < notices.length && notices[n]!.at < event.at) rows.push({at: notices[n]!.at, notice: notices[n++]!});
		rows.push({at: event.at, event});
	}
	while (n < notices.length) rows.push({at: notices[n]!.at, notice: notices[n++]!});
	return rows;
}

export function EventLogView({width, height, scroll, scrollMax, filter}: ScrollViewProps & {filter: StatusFilter}) {
	const theme = useTheme();
	const events = useCutwatch((state) => state.events);
	const search = useCutwatch((state) => state.view.search);
	const notices = useCutwatch((state) => state.notices);
	const shown = useMemo(() => mergeRows(filterEvents(events, filter, search), filterNotices(notices, filter, search)), [events, notices, filter, search]);
	const inner = Math.max(0, width - 2);
	const room = Math.max(0, height - 2);
	const max = Math.max(0, shown.length - room);
	scrollMax.current = max;
	const offset = Math.min(scroll, max);
	const lines = [];
	for (let row = offset; row < Math.min(shown.length, offset + room); row++) {
		const {event, notice} = shown[shown.length - 1 - row]!;
		if (event) lines.push(<EventLine key={event.seq} event={event} width={inner} theme={theme} />);
		else if (notice) lines.push(<NoticeLine key={`notice-${shown.length - row}`} notice={notice} width={inner} theme={theme} />);
	}
	if (shown.length === 0) {
		lines.push(<Text color={theme.toneColor('muted')}>{cell(events.length + notices.length === 0 ? ' No events yet.' : ' No events match.', inner, theme)}</Text>);
	}
	const narrowing = narrowingText(filter, search);
	const title = `Event log, newest first, UTC${narrowing === '' ? '' : ` ${theme.separator} ${narrowing}`}`;
	const note = shown.length > room ? `${formatCount(offset + 1)}-${formatCount(Math.min(shown.length, offset + room))} of ${formatCount(shown.length)}` : formatCount(shown.length);
	return <Frame width={width} height={height} title={title} note={note} lines={lines} />;
}
