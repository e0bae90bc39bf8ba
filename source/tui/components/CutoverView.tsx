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
import {rangeNote} from '../text/pane-text.js';
import {useScrollView} from '../hooks/use-scroll-window.js';
import {watchedKinds} from '../state/watched.js';

export function CutoverView({width, height, scroll, onExtent}: ScrollViewProps) {
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
	const {offset, count} = useScrollView({scroll, total: lines.length, room, moves: 'window', onExtent});
	const rendered = lines.slice(offset, offset + count).map((line, index) =>
		line.type === 'section' ? (
			<Text key={offset + index} bold={theme.color} color={theme.toneColor('accent')}>
				{cell(` ${line.text}`, inner, theme)}
			</Text>
		) : (
			<Text key={offset + index} color={line.tone ? theme.categoryColor(line.tone) : undefined}>
				{cell(`  ${line.text}`, inner, theme)}
			</Text>
		),
	);
	const note = rangeNote(offset, room, lines.length, ' lines');
	return <Frame width={width} height={height} title="Cutover" note={note} lines={rendered} />;
}
