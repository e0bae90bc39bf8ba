// `!`: one place for every failure: the failing sources, then every failed task of every pane, account and
// region, newest first, with the whole reason wrapped. The cursor stands on a source or a task; Enter opens
// the source view or the task's detail (use-keys.ts).
import {Text} from 'ink';
import {useMemo, useRef} from 'react';
import {useShallow} from 'zustand/react/shallow';
import {selectFailedTasks, selectScopeColumn, selectSourceProblems} from '../../store/index.js';
import {useCutwatch, useTheme} from '../context.js';
import type {ScrollViewProps} from './DetailView.js';
import {Frame} from './Frame.js';
import {failureEntries, failureLines, failuresTitle, failureWindow} from '../text/failure-lines.js';
import {cell} from '../layout/column-text.js';
import {formatCount} from '../hooks/units.js';

export function FailuresView({width, height, scroll, scrollMax}: ScrollViewProps) {
	const theme = useTheme();
	const failed = useCutwatch(selectFailedTasks);
	// A poll makes a new sources map: compare the failing ones by content.
	const problems = useCutwatch(useShallow(selectSourceProblems));
	const scope = useCutwatch(useShallow((state) => selectScopeColumn(state)));
	const inner = Math.max(0, width - 2);
	const entries = useMemo(() => failureEntries(problems, failed), [problems, failed]);
	const {lines, spans} = useMemo(() => failureLines(entries, inner, scope), [entries, inner, scope]);
	const room = Math.max(0, height - 2);
	// `scroll` is the cursor: the entry Enter opens.
	scrollMax.current = Math.max(0, entries.length - 1);
	const cursor = Math.min(scroll, Math.max(0, entries.length - 1));
	const offsetRef = useRef(0);
	const offset = failureWindow(offsetRef.current, spans[cursor], room, lines.length);
	offsetRef.current = offset;
	const rendered = lines.slice(offset, offset + room).map((line) => {
		if (line.section === true) {
			return (
				<Text bold={theme.color} color={theme.toneColor('accent')}>
					{cell(line.text, inner, theme)}
				</Text>
			);
		}
		const selected = line.entry === cursor && entries.length > 0;
		const text = line.first === true && selected ? `${theme.cursor}${line.text.slice(1)}` : line.text;
		return (
			<Text inverse={theme.color && selected && line.first === true} color={line.tone ? theme.toneColor(line.tone) : undefined}>
				{cell(text, inner, theme)}
			</Text>
		);
	});
	const note =
		lines.length > room ? `${formatCount(offset + 1)}-${formatCount(Math.min(lines.length, offset + room))} of ${formatCount(lines.length)} lines` : '';
	return (
		<Frame width={width} height={height} title={`${failuresTitle} ${theme.separator} ${formatCount(failed.length)} failed`} note={note} lines={rendered} />
	);
}
