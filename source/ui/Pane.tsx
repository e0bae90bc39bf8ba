// One pane: title border, column header, a line for a failing source, the visible window of rows, and the
// bottom border with the scroll position. Exactly `height` lines of `width` columns. Only the rows on
// screen are rendered, from the memoised selectPaneTasks array, so 50,000 tasks cost what 50 do. Ink draws
// the side borders (one write per pane), so the row text stays plain and cheap to measure.
import {Box, Text} from 'ink';
import {useContext, useMemo, useRef} from 'react';
import {taskKinds, type TaskKind} from '../model/task.js';
import {selectCounts, selectEta, selectPaneSource, selectPaneTasks, selectSelectedIndex} from '../store/index.js';
import {NowContext, useCutwatch, useCutwatchStore, useTheme, type Now} from './context.js';
import {rowColumns, scrollOffset, taskRowsIn} from './layout.js';
import {columnHeaderText, narrowingText, positionText} from './pane-text.js';
import {PaneTitle} from './PaneTitle.js';
import {paneStatus, type PaneStatus} from './source-status.js';
import {useShallow} from 'zustand/react/shallow';
import {TaskRow} from './TaskRow.js';
import {cell, stringWidth} from './text.js';
import {boxStyle} from './theme.js';

export type PaneProps = {
	readonly kind: TaskKind;
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
};

/** The countdown needs seconds; everything else in the title reads the minute clock. */
export function statusClock(now: Now): number {
	return Math.max(now.minute, now.second);
}

export function Pane({kind, width, height, focused}: PaneProps) {
	const theme = useTheme();
	const store = useCutwatchStore();
	const now = useContext(NowContext);
	const rows = useCutwatch((state) => selectPaneTasks(state, kind));
	const selectedIndex = useCutwatch((state) => selectSelectedIndex(state, kind));
	const counts = useCutwatch((state) => selectCounts(state, kind));
	// Only what the pane shows of its source: a routine poll (polling → ok, same minute) then changes nothing
	// here, so the pane does not re-render and Ink does not redo the frame for it.
	const clock = statusClock(now);
	const source = useCutwatch(
		useShallow((state) => {
			const pane = selectPaneSource(state, kind);
			const shown = paneStatus(pane, clock, state.paused);
			return {...shown, phase: pane?.phase, hasData: pane?.lastSuccessAt !== undefined};
		}),
	);
	const filter = useCutwatch((state) => state.view.filters[kind]);
	const search = useCutwatch((state) => state.view.search);
	const sort = useCutwatch((state) => state.view.sort);

	const status: PaneStatus = source;
	const problem = status.problem !== undefined && (source.phase === 'error' || source.phase === 'throttled');
	const inner = Math.max(0, width - 2);
	const columns = rowColumns(inner, kind);
	const visible = taskRowsIn(height, problem);
	const offsetRef = useRef(0);
	const offset = scrollOffset(offsetRef.current, selectedIndex, visible, rows.length);
	offsetRef.current = offset;

	const glyphs = focused ? theme.focusBorder : theme.border;
	const sides = useMemo(() => boxStyle(glyphs), [glyphs]);
	const borderColor = focused ? theme.toneColor('focus') : theme.toneColor('border');
	const narrowing = narrowingText(filter, search);

	const state = store.getState();
	const body = rows.slice(offset, offset + visible).map((tracked, index) => (
		<TaskRow
			key={tracked.key}
			tracked={tracked}
			columns={columns}
			selected={offset + index === selectedIndex}
			focused={focused}
			now={now.minute}
			eta={selectEta(state, tracked, now.minute)}
		/>
	));
	let emptyText = '';
	if (rows.length === 0) {
		emptyText =
			source.phase === undefined || source.phase === 'polling' || source.phase === 'idle'
				? ' polling (no answer yet)'
				: !source.hasData
					? ' no data yet' // why is on the problem line above (it may be that nothing could be sent)
					: counts.total + counts.gone > 0 && narrowing !== ''
						? ` no tasks match (${narrowing})`
						: ' no tasks';
	}
	const position = positionText(offset, visible, rows.length, theme);
	const bottomFill = Math.max(0, inner - (position === '' ? 0 : stringWidth(position) + 3));

	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<PaneTitle
				kind={kind}
				number={taskKinds.indexOf(kind) + 1}
				width={width}
				focused={focused}
				counts={counts}
				narrowing={narrowing}
				status={status}
				glyphs={glyphs}
				borderColor={borderColor}
			/>
			<Box flexDirection="column" width={width} height={height - 2} borderStyle={sides} borderTop={false} borderBottom={false} borderColor={borderColor} overflow="hidden">
				<Text wrap="truncate-end" color={theme.toneColor('muted')}>
					{columnHeaderText(kind, columns, sort, theme)}
				</Text>
				{problem ? (
					<Text wrap="truncate-end" color={theme.toneColor(status.tone)}>
						{cell(` ${theme.symbols.failed} ${status.problem}`, inner, theme)}
					</Text>
				) : null}
				{body}
				{emptyText === '' ? null : (
					<Text wrap="truncate-end" color={theme.toneColor('muted')}>
						{emptyText}
					</Text>
				)}
			</Box>
			<Text wrap="truncate-end" color={borderColor}>
				{glyphs.bottomLeft}
				{glyphs.horizontal.repeat(bottomFill)}
				{position === '' ? '' : ` ${position} ${glyphs.horizontal}`}
				{glyphs.bottomRight}
			</Text>
		</Box>
	);
}
