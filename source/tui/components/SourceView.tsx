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
import {formatCount} from '../hooks/units.js';

export function SourceView({width, height, scroll, scrollMax}: ScrollViewProps) {
	const theme = useTheme();
	const kind = useCutwatch((state) => state.view.focusedPane);
	const pane = useCutwatch((state) => selectPaneSource(state, kind));
	const events = useCutwatch((state) => state.sourceEvents);
	const inner = Math.max(0, width - 2);
	const lines = useMemo(() => sourceLines(pane?.sources ?? [], events, kind, inner), [pane, events, kind, inner]);
	const room = Math.max(0, height - 2);
	const max = Math.max(0, lines.length - room);
	scrollMax.current = max;
	const offset = Math.min(scroll, max);
	const rendered = lines.slice(offset, offset + room).map((line) => (
		<Text bold={theme.color && line.section === true} color={line.section ? theme.toneColor('accent') : line.tone ? theme.toneColor(line.tone) : undefined}>
			{cell(line.text, inner, theme)}
		</Text>
	));
	const note =
		lines.length > room ? `${formatCount(offset + 1)}-${formatCount(Math.min(lines.length, offset + room))} of ${formatCount(lines.length)} lines` : '';
	return <Frame width={width} height={height} title={`${kindLabels[kind]} ${theme.separator} sources`} note={note} lines={rendered} />;
}
