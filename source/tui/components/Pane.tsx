// One pane: title border, column header, a line for a failing source, the visible window of rows, and the
// bottom border with the scroll position. Exactly `height` lines of `width` columns. Only the rows on
// screen are rendered, from the memoised selectPaneTasks array, so 50,000 tasks cost what 50 do. Ink draws
// the side borders (one write per pane), so the row text stays plain and cheap to measure.
import {Box, Text} from 'ink';
import {useContext, useLayoutEffect, useMemo} from 'react';
import {taskKinds, type TaskKind} from '../../model/task.js';
import {selectCounts, selectEta, selectPaneSource, selectPaneTasks, selectScopeColumn, selectSelectedIndex, selectStaleSourceKeys} from '../../store/index.js';
import {DeadlineContext, NowContext, useCutwatch, useTheme, type Now} from '../context.js';
import {paneChrome, rowColumns} from '../layout/layout.js';
import {contentWidths} from '../layout/pane-content.js';
import {scrollWindow} from '../layout/scroll-window.js';
import {useScrollWindow} from '../hooks/use-scroll-window.js';
import {rowLineCount} from '../layout/row-cells.js';
import {columnHeaderText, groupsText, narrowingText, positionText} from '../text/pane-text.js';
import {PaneTitle} from './PaneTitle.js';
import {paneStatus, problemLines, type PaneStatus} from '../text/source-status.js';
import {useShallow} from 'zustand/react/shallow';
import {TaskRow} from './TaskRow.js';
import {useSourceGroups} from '../hooks/use-source-groups.js';
import {cell, stringWidth} from '../layout/column-text.js';
import {boxStyle} from '../theme.js';

export type PaneProps = {
	readonly kind: TaskKind;
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	/** The cursor is on this pane's error line rather than on a row (focused pane only). */
	readonly onProblem?: boolean;
	/** Rows that can be on screen at most (the body's height): the ids and names among them size the columns. */
	readonly contentRows?: number;
	/** Told how many rows the pane shows after each render while it has focus, for PgUp/PgDn. */
	readonly onPage?: (rows: number) => void;
};

/** The countdown needs seconds; everything else in the title reads the minute clock. */
export function statusClock(now: Now): number {
	return Math.max(now.minute, now.second);
}

export function Pane({kind, width, height, focused, onProblem = false, contentRows = height, onPage}: PaneProps) {
	const theme = useTheme();
	const now = useContext(NowContext);
	const deadline = useContext(DeadlineContext);
	const rows = useCutwatch((state) => selectPaneTasks(state, kind));
	const selectedIndex = useCutwatch((state) => selectSelectedIndex(state, kind));
	const counts = useCutwatch((state) => selectCounts(state, kind));
	// Only what the pane shows of its source: a routine poll (polling → ok, same minute) then changes nothing
	// here, so the pane does not re-render and Ink does not redo the frame for it.
	const clock = statusClock(now);
	const source = useCutwatch(
		useShallow((state) => {
			const pane = selectPaneSource(state, kind);
			const {error, ...shown} = paneStatus(pane, clock, state.paused);
			// Primitives only, so useShallow sees an unchanged error as unchanged.
			return {...shown, code: error?.code, message: error?.message, hint: error?.hint, phase: pane?.phase, hasData: pane?.lastSuccessAt !== undefined};
		}),
	);
	const error = useMemo(
		() => (source.code === undefined ? undefined : {code: source.code, message: source.message ?? '', hint: source.hint ?? ''}),
		[source.code, source.message, source.hint],
	);
	// Same content, same array: a poll that leaves staleness alone does not re-render the pane.
	const staleSources = useCutwatch(useShallow((state) => selectStaleSourceKeys(state, kind)));
	const scopeColumn = useCutwatch(useShallow((state) => selectScopeColumn(state, kind)));
	const filter = useCutwatch((state) => state.view.filters[kind]);
	const search = useCutwatch((state) => state.view.search);
	const sort = useCutwatch((state) => state.view.sort);

	const status: PaneStatus = {...source, error};
	const problem = status.problem !== undefined && (source.phase === 'error' || source.phase === 'throttled');
	const inner = Math.max(0, width - 2);
	// The fleet view (a): one line per account × region instead of the rows.
	const groups = useSourceGroups(kind, inner);
	const problemText = problem && status.error ? problemLines(status.error, Math.max(0, inner - 3), theme) : problem ? [status.problem ?? ''] : [];
	const problemMarked = onProblem && focused && problemText.length > 0;
	const room = Math.max(1, height - paneChrome - problemText.length);
	const isStale = (index: number) => staleSources.length > 0 && staleSources.includes(rows[index]!.sourceKey);
	const {
		offset,
		count: visible,
		columns,
	} = useScrollWindow((previous) => {
		// Columns fit what is visible from the window's first row as of the last render (a page of rows: cheap).
		// No rows yet (a source still failing): the usual widths, so the header does not collapse to its labels
		// and jump when the first answer arrives.
		const content = rows.length === 0 ? undefined : contentWidths(rows, previous, contentRows);
		const columns = rowColumns(inner, kind, scopeColumn, content);
		// Without focus a pane shows its top (failures, then active tasks, in the default sort), not its selection.
		const window = scrollWindow({
			previous: focused ? previous : 0,
			cursor: focused ? selectedIndex : -1,
			total: rows.length,
			room,
			linesOf: (index) => rowLineCount(rows[index]!, columns, isStale(index)),
		});
		return {...window, columns};
	});
	useLayoutEffect(() => {
		if (focused) onPage?.(visible);
	});
	// A line left over below the window while a (two-line) failure waits under it: show that row squeezed into
	// the one line rather than a blank line while a task is hidden.
	let used = 0;
	for (let index = offset; index < offset + visible; index++) used += rowLineCount(rows[index]!, columns, isStale(index));
	const squeezed = used < room && offset + visible < rows.length ? 1 : 0;
	const shown = rows.slice(offset, offset + visible + squeezed);
	// The ETAs of the rows on screen, read through the store's subscription: equal numbers, the same array.
	const etas = useCutwatch(useShallow((state) => shown.map((tracked) => selectEta(state, tracked, now.minute))));

	const glyphs = focused ? theme.focusBorder : theme.border;
	const sides = useMemo(() => boxStyle(glyphs), [glyphs]);
	const borderColor = focused ? theme.toneColor('focus') : theme.toneColor('border');
	// The row count is text: the border's gray is too faint for it on a light background.
	const noteColor = theme.background === 'light' && !focused ? theme.toneColor('muted') : borderColor;
	const narrowing = narrowingText(filter, search);

	const body = shown.map((tracked, index) => (
		<TaskRow
			key={tracked.key}
			tracked={tracked}
			columns={columns}
			selected={!problemMarked && offset + index === selectedIndex}
			focused={focused}
			now={now.minute}
			eta={etas[index]}
			stale={isStale(offset + index)}
			deadline={deadline}
			oneLine={squeezed === 1 && index === visible}
		/>
	));
	const groupBody = groups?.slice(0, room).map((line) => (
		<Text key={line.key} wrap="truncate-end" color={line.tone ? theme.toneColor(line.tone) : undefined}>
			{line.text}
		</Text>
	));
	let emptyText = '';
	if (groups) {
		if (groups.length === 0) emptyText = ' no sources';
	} else if (rows.length === 0) {
		emptyText =
			source.phase === undefined || source.phase === 'polling' || source.phase === 'idle'
				? ' polling (no answer yet)'
				: !source.hasData
					? ' no data yet' // why is on the problem line above (it may be that nothing could be sent)
					: counts.total + counts.gone > 0 && narrowing !== ''
						? ` no tasks match (${narrowing})`
						: ' no tasks';
	}
	// A pane that cannot show all it holds says how many more (z zooms it, Tab focuses it).
	const hidden = groups ? groups.length - Math.min(room, groups.length) : rows.length - visible - squeezed;
	const position =
		(hidden > 0 ? `+${hidden} more ${theme.separator} ` : '') +
		(groups ? groupsText(groups.length, counts.total + counts.gone) : positionText(offset, visible + squeezed, rows.length, theme));
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
			<Box
				flexDirection="column"
				width={width}
				height={height - 2}
				borderStyle={sides}
				borderTop={false}
				borderBottom={false}
				borderColor={borderColor}
				overflow="hidden"
			>
				<Text wrap="truncate-end" color={theme.toneColor('muted')}>
					{groups ? ' ACCOUNT REGION, HEALTH, TASKS' : columnHeaderText(kind, columns, sort, theme)}
				</Text>
				{problemText.map((line, index) => (
					<Text key={`problem${index}`} wrap="truncate-end" color={theme.toneColor(status.tone)} inverse={problemMarked}>
						{cell(`${index > 0 ? ' ' : problemMarked ? theme.cursor : ' '}${index === 0 ? theme.symbols.failed : ' '} ${line}`, inner, theme)}
					</Text>
				))}
				{groupBody ?? body}
				{emptyText === '' ? null : (
					<Text wrap="truncate-end" color={theme.toneColor('muted')}>
						{emptyText}
					</Text>
				)}
			</Box>
			<Text wrap="truncate-end" color={borderColor}>
				{glyphs.bottomLeft}
				{glyphs.horizontal.repeat(bottomFill)}
				{position === '' ? '' : <Text color={noteColor}>{` ${position} `}</Text>}
				{position === '' ? '' : glyphs.horizontal}
				{glyphs.bottomRight}
			</Text>
		</Box>
	);
}
