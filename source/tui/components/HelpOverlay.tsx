// `?`: every key, drawn from keymap.ts (the same table the input handler uses), and what the symbols mean.
import {Text} from 'ink';
import {Fragment, type ReactNode} from 'react';
import {useTheme} from '../context.js';
import type {ScrollViewProps} from './DetailView.js';
import {Frame} from './Frame.js';
import {helpRows} from '../keys/keymap.js';
import {cell} from '../layout/column-text.js';
import {rangeNote} from '../text/pane-text.js';
import {useScrollView} from '../hooks/use-scroll-window.js';

const keyWidth = 14;

export function helpLines(
	ascii: boolean,
	symbols: Record<'active' | 'failed' | 'completed' | 'cancelled' | 'unknown', string>,
): Array<{keys: string; text: string} | {section: string}> {
	return [
		{section: 'Keys'},
		...helpRows(ascii).map((row) => ({keys: row.keys, text: row.description})),
		{section: 'While searching'},
		{keys: 'text', text: 'narrows every pane as you type (all words must match)'},
		{keys: 'Backspace', text: 'deletes a character; Ctrl-U clears the line'},
		{keys: 'Enter', text: 'keeps the search (an empty search clears it)'},
		{keys: 'Esc', text: 'clears the search'},
		{section: 'Symbols'},
		{keys: symbols.active, text: 'active (yellow): progress, then ~ETA, "soon", "no progress for 6m" once the ETA has passed, or "stalled"'},
		{keys: symbols.failed, text: 'failed (red): the reason is shown in the row; Enter shows all of it'},
		{keys: symbols.completed, text: 'completed (green)'},
		{keys: symbols.cancelled, text: 'cancelled or deleted (grey)'},
		{keys: symbols.unknown, text: 'a status cutwatch does not know (magenta); the raw status is shown'},
		{keys: 'stalled', text: "no progress for 3 × the task's usual interval between changes (at least 5m; --stall-after)"},
		{keys: 'stale', text: "the row's source is failing: this is its last good data (dimmed), not live"},
		{keys: 'gone', text: 'AWS no longer lists the task (kept 24 hours, counted as "gone", not by its last status)'},
		{section: 'Pane titles'},
		{keys: 'ok 12:04', text: 'last successful poll (UTC); "throttled" shows the retry countdown,'},
		{keys: '', text: '"error" the code (shortened first) with the hint below it, whole; "stale since" means the rows are'},
		{keys: '', text: 'the last good data. ↑ from the first row puts the cursor on the error, Enter shows all of it'},
		{keys: 'read-only', text: 'cutwatch only ever calls the four Describe* operations'},
	];
}

export function HelpOverlay({width, height, scroll, onExtent}: ScrollViewProps) {
	const theme = useTheme();
	const inner = Math.max(0, width - 2);
	const all = helpLines(theme.ascii, theme.symbols);
	const room = Math.max(0, height - 2);
	const {offset, count} = useScrollView({scroll, total: all.length, room, moves: 'window', onExtent});
	const lines: ReactNode[] = all.slice(offset, offset + count).map((line, index) =>
		'section' in line ? (
			<Text key={offset + index} bold={theme.color} color={theme.toneColor('accent')}>
				{cell(` ${line.section}`, inner, theme)}
			</Text>
		) : (
			<Fragment key={offset + index}>
				<Text color={theme.toneColor('accent')}>{cell(`  ${line.keys}`, keyWidth, theme)}</Text> {cell(line.text, inner - keyWidth - 1, theme)}
			</Fragment>
		),
	);
	const note = rangeNote(offset, room, all.length);
	return <Frame width={width} height={height} title="cutwatch help" note={note} lines={lines} />;
}
