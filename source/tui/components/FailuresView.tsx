// `!`: one place for every failure: the failing sources, then every failed task of every pane, account and
// region, newest first, with the whole reason wrapped. The cursor stands on a source or a task; Enter opens
// the source view or the task's detail (use-keys.ts).
import {Text} from 'ink';
import {useLayoutEffect, useMemo} from 'react';
import {useShallow} from 'zustand/react/shallow';
import {selectFailedTasks, selectScopeColumn, selectSourceProblems} from '../../store/index.js';
import {useCutwatch, useTheme} from '../context.js';
import type {ScrollViewProps} from './DetailView.js';
import {Frame} from './Frame.js';
import {failureEntries, failureLines, failuresTitle} from '../text/failure-lines.js';
import {useScrollView} from '../hooks/use-scroll-window.js';
import {cell} from '../layout/column-text.js';
import {formatCount} from '../hooks/units.js';

export function FailuresView({width, height, scroll, onExtent, onPage}: ScrollViewProps) {
	const theme = useTheme();
	const failed = useCutwatch(selectFailedTasks);
	// A poll makes a new sources map: compare the failing ones by content.
	const problems = useCutwatch(useShallow(selectSourceProblems));
	const scope = useCutwatch(useShallow((state) => selectScopeColumn(state)));
	const inner = Math.max(0, width - 2);
	const entries = useMemo(() => failureEntries(problems, failed), [problems, failed]);
	const {lines, spans} = useMemo(() => failureLines(entries, inner, scope), [entries, inner, scope]);
	const room = Math.max(0, height - 2);
	// `scroll` is the cursor: the entry Enter opens. The window moves by entries, each as tall as its lines.
	const {offset, count, cursor} = useScrollView({
		scroll,
		total: entries.length,
		room,
		moves: 'cursor',
		onExtent,
		linesOf: (index) => spans[index]![1] - spans[index]![0],
	});
	useLayoutEffect(() => onPage?.(Math.max(1, count)));
	const first = entries.length === 0 ? 0 : spans[offset]![0];
	// The room filled from the window's first entry: the cursor's entry is whole, the next one starts below it.
	const end = Math.min(lines.length, first + room);
	const rendered = lines.slice(first, end).map((line, index) => {
		if (line.section === true) {
			return (
				<Text key={first + index} bold={theme.color} color={theme.toneColor('accent')}>
					{cell(line.text, inner, theme)}
				</Text>
			);
		}
		const selected = line.entry === cursor && entries.length > 0;
		const text = line.first === true && selected ? `${theme.cursor}${line.text.slice(1)}` : line.text;
		return (
			<Text key={first + index} inverse={selected && line.first === true} color={line.tone ? theme.toneColor(line.tone) : undefined}>
				{cell(text, inner, theme)}
			</Text>
		);
	});
	const note = end - first < lines.length ? `${formatCount(first + 1)}-${formatCount(end)} of ${formatCount(lines.length)} lines` : '';
	return (
		<Frame width={width} height={height} title={`${failuresTitle} ${theme.separator} ${formatCount(failed.length)} failed`} note={note} lines={rendered} />
	);
}
