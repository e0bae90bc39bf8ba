// Enter on a pane's error line (or on a source event): everything about the sources behind the focused pane,
// the whole error and hint wrapped, scrolled with the movement keys.
import {Text} from 'ink';
import {useMemo} from 'react';
import {kindLabels} from '../../model/task.js';
import {selectPaneSource} from '../../store/index.js';
import {useCutwatch, useTheme} from '../context.js';
import type {ScrollViewProps} from './DetailView.js';
import {Frame} from './Frame.js';
import {sourceLines} from '../text/source-lines.js';
import {cell} from '../layout/column-text.js';
import {rangeNote} from '../text/pane-text.js';
import {useScrollView} from '../hooks/use-scroll-window.js';

export function SourceView({width, height, scroll, onExtent}: ScrollViewProps) {
	const theme = useTheme();
	const kind = useCutwatch((state) => state.view.focusedPane);
	const pane = useCutwatch((state) => selectPaneSource(state, kind));
	const events = useCutwatch((state) => state.sourceEvents);
	const inner = Math.max(0, width - 2);
	const lines = useMemo(() => sourceLines(pane?.sources ?? [], events, kind, inner), [pane, events, kind, inner]);
	const room = Math.max(0, height - 2);
	const {offset, count} = useScrollView({scroll, total: lines.length, room, moves: 'window', onExtent});
	const rendered = lines.slice(offset, offset + count).map((line, index) => (
		<Text
			key={offset + index}
			bold={theme.color && line.section === true}
			color={line.section ? theme.toneColor('accent') : line.tone ? theme.toneColor(line.tone) : undefined}
		>
			{cell(line.text, inner, theme)}
		</Text>
	));
	const note = rangeNote(offset, room, lines.length, ' lines');
	return <Frame width={width} height={height} title={`${kindLabels[kind]} ${theme.separator} sources`} note={note} lines={rendered} />;
}
