// One task, one line (a failure with a long reason: two), inside the pane's side borders. Memoised on the TrackedTask object (the store keeps it
// while AWS reports the same data), so a progress change of one task re-renders one row, and Ink's
// incremental output then rewrites one line.
import {Text} from 'ink';
import {memo} from 'react';
import type {TrackedTask} from '../../store/index.js';
import {ThemeContext, useTheme} from '../context.js';
import {mutedTheme} from '../theme.js';
import type {RowColumns} from '../layout/layout.js';
import {ProgressGauge} from './ProgressGauge.js';
import {reasonMoreAt, rowCells} from '../layout/row-cells.js';
import {StatusBadge} from './StatusBadge.js';

export type TaskRowProps = {
	readonly tracked: TrackedTask;
	readonly columns: RowColumns;
	readonly selected: boolean;
	/** The pane has focus: only then the selection is drawn. */
	readonly focused: boolean;
	/** Minute clock. */
	readonly now: number;
	/** selectEta's answer for this task at `now`. */
	readonly eta: number | undefined;
	/** Its source is failing: the row is last good data. */
	readonly stale: boolean;
	/** --deadline (epoch ms), to mark a row projected past it. */
	readonly deadline?: number | undefined;
	/** The last line of the pane's room: a two-line failure is squeezed into one rather than hidden. */
	readonly oneLine?: boolean;
};

function TaskRowView({tracked, columns, selected, focused, now, eta, stale, deadline, oneLine = false}: TaskRowProps) {
	const live = useTheme();
	const cells = rowCells(tracked, columns, live, now, eta, stale, deadline, oneLine);
	const mark = selected && focused;
	// Not live data: the whole row in the muted colour (not dim, which is unreadable on either background).
	const muted = (cells.gone || stale || tracked.task.category === 'cancelled') && !mark;
	const theme = muted ? mutedTheme(live) : live;
	const row = (
		<Text wrap="truncate-end" inverse={mark} color={muted ? theme.toneColor('muted') : undefined}>
			{mark ? theme.cursor : ' '}
			{columns.scope > 0 ? <Text color={theme.toneColor('accent')}>{cells.scope + ' '}</Text> : ''}
			{cells.id} {cells.name} <StatusBadge category={cells.category} text={cells.badge} />{' '}
			{cells.reason !== undefined ? (
				<Text color={cells.reasonTone ? theme.toneColor(cells.reasonTone) : undefined}>{cells.reason}</Text>
			) : (
				<>
					<ProgressGauge category={cells.category} filled={cells.gaugeFilled} empty={cells.gaugeEmpty} percent={cells.percent} />
					{columns.eta > 0 ? ' ' : ''}
					<Text color={cells.etaTone ? theme.toneColor(cells.etaTone) : undefined}>{cells.eta}</Text>
				</>
			)}
			{columns.age > 0 && cells.age !== '' ? ' ' + cells.age : ''}
			{cells.message === '' ? '' : <Text color={theme.toneColor('muted')}>{' ' + cells.message}</Text>}
		</Text>
	);
	// A failure's reason too long for one line goes on under itself (rowLineCount counts this line).
	const lines =
		cells.reasonMore === '' ? (
			row
		) : (
			<>
				{row}
				<Text wrap="truncate-end" inverse={mark}>
					{' '.repeat(reasonMoreAt(columns))}
					<Text color={cells.reasonTone ? theme.toneColor(cells.reasonTone) : undefined}>{cells.reasonMore}</Text>
				</Text>
			</>
		);
	// The badge and the gauge read the theme themselves.
	return muted ? <ThemeContext value={theme}>{lines}</ThemeContext> : lines;
}

export const TaskRow = memo(TaskRowView);
