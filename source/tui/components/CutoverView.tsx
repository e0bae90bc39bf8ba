// c: the whole session at a look (burndown, completed and failed, throughput, timeline), drawn from the
// store's history. Recomputed only when that history, the tasks, the minute or the size changes.
import {Text} from 'ink';
import {useContext, useMemo} from 'react';
import {useShallow} from 'zustand/react/shallow';
import {NowContext, useCutwatch, useTheme} from '../context.js';
import {cutoverLines} from '../text/cutover-lines.js';
import type {ScrollViewProps} from './DetailView.js';
import {Frame} from './Frame.js';
import {cell} from '../layout/column-text.js';
import {formatCount} from '../hooks/units.js';
import {watchedKinds} from '../state/watched.js';

export function CutoverView({width, height, scroll, scrollMax}: ScrollViewProps) {
	const theme = useTheme();
	const now = useContext(NowContext).minute;
	const history = useCutwatch((state) => state.sessionHistory);
	const tasks = useCutwatch((state) => state.tasks);
	const kinds = useCutwatch(useShallow(watchedKinds));
	const inner = Math.max(0, width - 2);
	const lines = useMemo(
		() => cutoverLines({tasks, history, kinds, now, width: inner - 2, ascii: theme.ascii}),
		[tasks, history, kinds, now, inner, theme.ascii],
	);
	const room = Math.max(0, height - 2);
	const max = Math.max(0, lines.length - room);
	scrollMax.current = max;
	const offset = Math.min(scroll, max);
	const rendered = lines.slice(offset, offset + room).map((line) =>
		line.type === 'section' ? (
			<Text bold={theme.color} color={theme.toneColor('accent')}>
				{cell(` ${line.text}`, inner, theme)}
			</Text>
		) : (
			<Text color={line.tone ? theme.categoryColor(line.tone) : undefined}>{cell(`  ${line.text}`, inner, theme)}</Text>
		),
	);
	const note =
		lines.length > room ? `${formatCount(offset + 1)}-${formatCount(Math.min(lines.length, offset + room))} of ${formatCount(lines.length)} lines` : '';
	return <Frame width={width} height={height} title="Cutover" note={note} lines={rendered} />;
}
