// Enter on a task: every field of it (cutwatch's reading, the raw AWS record, its event history), scrolled
// with the movement keys. Follows the selected task by key, so it stays on the task across refreshes.
import {Text} from 'ink';
import {Fragment, useContext, useMemo} from 'react';
import {categories, kindLabels, type Category} from '../../model/task.js';
import {lastSeenAt, selectEta, selectSelectedTask} from '../../store/index.js';
import {NowContext, useCutwatch, useTheme} from '../context.js';
import {detailChart} from '../text/detail-chart.js';
import {detailLines, type DetailLine} from '../text/detail-lines.js';
import {Frame} from './Frame.js';
import {displayId} from '../layout/row-cells.js';
import {cell} from '../layout/column-text.js';
import type {Theme, Tone} from '../theme.js';
import {rangeNote} from '../text/pane-text.js';
import {useScrollView} from '../hooks/use-scroll-window.js';

export type ScrollViewProps = {
	readonly width: number;
	readonly height: number;
	/** Where the keys have scrolled it (use-scroll-window.ts keeps that within bounds). */
	readonly scroll: number;
	/** Told how far the keys may scroll it, after each render (the screen's state keeps it for them). */
	readonly onExtent: (max: number) => void;
	/** A view whose cursor moves over rows of several lines: told how many a page shows, for PgUp/PgDn. */
	readonly onPage?: (rows: number) => void;
};

function lineColor(theme: Theme, tone: Tone | Category | undefined): string | undefined {
	if (tone === undefined) return undefined;
	return (categories as readonly string[]).includes(tone) ? theme.categoryColor(tone as Category) : theme.toneColor(tone as Tone);
}

export function DetailView({width, height, scroll, onExtent}: ScrollViewProps) {
	const theme = useTheme();
	const now = useContext(NowContext).minute;
	const tracked = useCutwatch((state) => selectSelectedTask(state, state.view.focusedPane));
	const events = useCutwatch((state) => state.events);
	const lastSeen = useCutwatch((state) => (tracked ? lastSeenAt(state, tracked) : 0));
	const eta = useCutwatch((state) => (tracked ? selectEta(state, tracked, now) : undefined));
	const inner = Math.max(0, width - 2);
	const taskEvents = useMemo(() => (tracked ? events.filter((event) => event.taskKey === tracked.key) : []), [events, tracked]);
	const {lines, labelWidth} = useMemo(
		() => (tracked ? detailLines({tracked, events: taskEvents, lastSeen, eta, now}, inner, theme) : {lines: [], labelWidth: 0}),
		[tracked, taskEvents, lastSeen, eta, now, inner, theme],
	);
	// The progress chart after cutwatch's own fields (smaller once the task is over): redrawn only when the
	// task, the minute or the size changes.
	const config = useCutwatch((state) => state.config);
	const active = tracked?.task.category === 'active';
	const chartRows = active ? Math.max(3, Math.min(8, Math.floor((height - 2) / 3))) : 3;
	const chart = useMemo(
		() => (tracked ? detailChart({tracked, config, now, width: inner - 4, height: chartRows, ascii: theme.ascii}) : []),
		[tracked, config, now, inner, chartRows, theme.ascii],
	);
	const all: ReadonlyArray<DetailLine | {type: 'chart'; text: string}> = useMemo(() => {
		if (chart.length === 0) return lines;
		const ownEnd = lines.findIndex((line) => line.type === 'section' && line.text === '');
		const at = ownEnd === -1 ? lines.length : ownEnd;
		return [
			...lines.slice(0, at),
			{type: 'section', text: ''},
			{type: 'section', text: 'Progress over time'},
			...chart.map((text) => ({type: 'chart' as const, text})),
			...lines.slice(at),
		];
	}, [chart, lines]);
	const room = Math.max(0, height - 2);
	const {offset, count} = useScrollView({scroll, total: all.length, room, moves: 'window', onExtent});

	if (!tracked) {
		return <Frame width={width} height={height} title="Detail" lines={[cell(' No task selected (the list is empty).', inner, theme)]} />;
	}
	const rendered = all.slice(offset, offset + count).map((line, index) => {
		const key = offset + index;
		if (line.type === 'chart') return <Text key={key}>{cell(`  ${line.text}`, inner, theme)}</Text>;
		if (line.type === 'section') {
			return (
				<Text key={key} bold={theme.color} color={theme.toneColor('accent')}>
					{cell(line.text === '' ? '' : ` ${line.text}`, inner, theme)}
				</Text>
			);
		}
		return (
			<Fragment key={key}>
				<Text color={theme.toneColor('muted')}>{cell(`  ${line.label}`, labelWidth, theme)}</Text>{' '}
				<Text color={lineColor(theme, line.tone)}>{cell(line.value, inner - labelWidth - 1, theme)}</Text>
			</Fragment>
		);
	});
	const note = rangeNote(offset, room, all.length, ' lines');
	return (
		<Frame width={width} height={height} title={`${kindLabels[tracked.task.kind]} ${theme.separator} ${displayId(tracked)}`} note={note} lines={rendered} />
	);
}
