// ▶18 ✗2 ✓30 as coloured parts, shared by pane titles and the collapsed one-line panes.
import {Text} from 'ink';
import {useTheme} from '../context.js';
import type {CountPart} from '../text/pane-text.js';

export function CountParts({parts}: {parts: readonly CountPart[]}) {
	const theme = useTheme();
	return parts.map((part, index) => (
		<Text
			key={part.category}
			color={part.category === 'stalled' ? theme.toneColor('warn') : part.category === 'gone' ? theme.toneColor('muted') : theme.categoryColor(part.category)}
		>
			{index > 0 ? ' ' : ''}
			{part.text}
		</Text>
	));
}
