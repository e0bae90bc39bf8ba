// One task, one line (a failure with a long reason: two), inside the pane's side borders. Memoised on the TrackedTask object (the store keeps it
// while AWS reports the same data), so a progress change of one task re-renders one row, and Ink's
// incremental output then rewrites one line.
import {Text} from 'ink';
import {memo} from 'react';
import type {TrackedTask} from '../../store/index.js';
import {useTheme} from '../context.js';
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
};

function TaskRowView({tracked, columns, selected, focused, now, eta, stale, deadline}: TaskRowProps) {
	const theme = useTheme();
	const cells = rowCells(tracked, columns, theme, now, eta, stale, deadline);
	const mark = selected && focused;
	const muted = cells.gone || stale || tracked.task.category === 'cancelled';
	const row = (
		<Text wrap="truncate-end" inverse={theme.color && mark} dimColor={theme.color && muted && !mark}>
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
	if (cells.reasonMore === '') return row;
	// A failure's reason too long for one line goes on under itself (rowLineCount counts this line).
	return (
		<>
			{row}
			<Text wrap="truncate-end" inverse={theme.color && mark}>
				{' '.repeat(reasonMoreAt(columns))}
				<Text color={cells.reasonTone ? theme.toneColor(cells.reasonTone) : undefined}>{cells.reasonMore}</Text>
			</Text>
		</>
	);
}

export const TaskRow = memo(TaskRowView);
