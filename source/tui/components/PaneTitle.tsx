// A pane's top border carrying its title: number key, name, counts, what narrows the list, and the health
// of its source on the right (ok 12:04, throttled with a countdown, error, stale since). Always `width` wide.
import {Text} from 'ink';
import {kindLabels, type TaskKind} from '../../model/task.js';
import type {TaskCounts} from '../../store/index.js';
import {useTheme} from '../context.js';
import {CountParts} from './CountParts.js';
import {countParts} from '../text/pane-text.js';
import type {PaneStatus} from '../text/source-status.js';
import {cell, stringWidth} from '../layout/column-text.js';
import type {BorderGlyphs, Theme} from '../theme.js';

export type PaneTitleProps = {
	readonly kind: TaskKind;
	readonly number: number;
	readonly width: number;
	readonly focused: boolean;
	readonly counts: TaskCounts;
	readonly narrowing: string;
	readonly status: PaneStatus;
	readonly glyphs: BorderGlyphs;
	readonly borderColor: string | undefined;
};

export function PaneTitle({kind, number, width, focused, counts, narrowing, status, glyphs, borderColor}: PaneTitleProps) {
	const theme = useTheme();
	const h = glyphs.horizontal;
	const statusText = fitStatus(status, Math.max(0, Math.floor(width / 2) - 4), theme);
	// ┌─ <left> ─…─ <status> ─┐
	const rightWidth = statusText === '' ? 2 : stringWidth(statusText) + 4;
	const leftBudget = Math.max(0, width - 3 - 1 - rightWidth - 1);
	const label = `${number} ${kindLabels[kind]}`;
	const parts = countParts(counts, theme);
	const countsText = parts.map((part) => part.text).join(' ');
	const note = narrowing === '' ? '' : ` ${theme.separator} ${narrowing}`;
	const full = `${label}  ${countsText}${note}`;
	const fits = stringWidth(full) <= leftBudget;
	const left = fits ? full : cell(full, leftBudget, theme);
	const fill = Math.max(1, width - 3 - stringWidth(left) - 1 - rightWidth);
	const labelColor = focused ? theme.toneColor('focus') : undefined;
	return (
		<Text wrap="truncate-end">
			<Text color={borderColor}>{`${glyphs.topLeft}${h} `}</Text>
			{fits ? (
				<>
					<Text bold={theme.color && focused} color={labelColor}>
						{label}
					</Text>
					{'  '}
					<CountParts parts={parts} />
					<Text color={theme.toneColor('accent')}>{note}</Text>
				</>
			) : (
				<Text color={labelColor}>{left}</Text>
			)}
			<Text color={borderColor}>{` ${h.repeat(fill)}`}</Text>
			{statusText === '' ? null : <Text color={theme.toneColor(status.tone)}>{` ${statusText} `}</Text>}
			<Text color={borderColor}>{`${h}${glyphs.topRight}`}</Text>
		</Text>
	);
}

/** The status in `room` columns: the error code is what gets shortened, so "stale since" and counts survive. */
export function fitStatus(status: PaneStatus, room: number, theme: Pick<Theme, 'ascii' | 'ellipsis'>): string {
	const {text, error} = status;
	if (stringWidth(text) <= room) return text;
	const at = error ? text.indexOf(error.code) : -1;
	if (error && at >= 0) {
		const codeRoom = room - (stringWidth(text) - stringWidth(error.code));
		if (codeRoom >= 4) return text.slice(0, at) + cell(error.code, codeRoom, theme) + text.slice(at + error.code.length);
	}
	return cell(text, room, theme);
}
