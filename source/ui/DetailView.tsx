// Enter on a task: every field of it (cutwatch's reading, the raw AWS record, its event history), scrolled
// with the movement keys. Follows the selected task by key, so it stays on the task across refreshes.
import {Text} from 'ink';
import {useContext, useMemo, type RefObject} from 'react';
import {categories, kindLabels, type Category} from '../model/task.js';
import {lastSeenAt, selectEta, selectSelectedTask} from '../store/index.js';
import {NowContext, useCutwatch, useCutwatchStore, useTheme} from './context.js';
import {detailLines} from './detail-lines.js';
import {Frame} from './Frame.js';
import {displayId} from './row-cells.js';
import {cell} from './text.js';
import type {Theme, Tone} from './theme.js';
import {formatCount} from './units.js';

export type ScrollViewProps = {
	readonly width: number;
	readonly height: number;
	readonly scroll: number;
	/** The view reports its last scroll position here, for the keys that scroll it. */
	readonly scrollMax: RefObject<number>;
};

function lineColor(theme: Theme, tone: Tone | Category | undefined): string | undefined {
	if (tone === undefined) return undefined;
	return (categories as readonly string[]).includes(tone) ? theme.categoryColor(tone as Category) : theme.toneColor(tone as Tone);
}

export function DetailView({width, height, scroll, scrollMax}: ScrollViewProps) {
	const theme = useTheme();
	const store = useCutwatchStore();
	const now = useContext(NowContext).minute;
	const tracked = useCutwatch((state) => selectSelectedTask(state, state.view.focusedPane));
	const events = useCutwatch((state) => state.events);
	const lastSeen = useCutwatch((state) => (tracked ? lastSeenAt(state, tracked) : 0));
	const inner = Math.max(0, width - 2);
	const taskEvents = useMemo(() => (tracked ? events.filter((event) => event.taskKey === tracked.key) : []), [events, tracked]);
	const {lines, labelWidth} = useMemo(
		() => (tracked ? detailLines({tracked, events: taskEvents, lastSeen, eta: selectEta(store.getState(), tracked, now), now}, inner, theme) : {lines: [], labelWidth: 0}),
		[tracked, taskEvents, lastSeen, now, inner, theme, store],
	);
	const room = Math.max(0, height - 2);
	const max = Math.max(0, lines.length - room);
	scrollMax.current = max;
	const offset = Math.min(scroll, max);

	if (!tracked) {
		return <Frame width={width} height={height} title="Detail" lines={[cell(' No task selected (the list is empty).', inner, theme)]} />;
	}
	const rendered = lines.slice(offset, offset + room).map((line) => {
		if (line.type === 'section') {
			return (
				<Text bold={theme.color} color={theme.toneColor('accent')}>
					{cell(line.text === '' ? '' : ` ${line.text}`, inner, theme)}
				</Text>
			);
		}
		return (
			<>
				<Text color={theme.toneColor('muted')}>{cell(`  ${line.label}`, labelWidth, theme)}</Text> <Text color={lineColor(theme, line.tone)}>{cell(line.value, inner - labelWidth - 1, theme)}</Text>
			</>
		);
	});
	const note = lines.length > room ? `${formatCount(offset + 1)}-${formatCount(Math.min(lines.length, offset + room))} of ${formatCount(lines.length)} lines` : '';
	return <Frame width={width} height={height} title={`${kindLabels[tracked.task.kind]} ${theme.separator} ${displayId(tracked)}`} note={note} lines={rendered} />;
}
