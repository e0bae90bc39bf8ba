// Below the minimum size the screen says so (in as many lines as it has) instead of drawing a garbled frame.
import {Box, Text} from 'ink';
import {useTheme} from '../context.js';
import {minColumns, minRows} from '../layout/layout.js';
import {cell, wrapText} from '../layout/column-text.js';

export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	const theme = useTheme();
	const message = `cutwatch needs at least ${minColumns}×${minRows}; this terminal is ${columns}×${rows}. Enlarge it, or press q to quit.`;
	const text = theme.ascii ? message.replace(/×/g, 'x') : message;
	const lines = wrapText(text, Math.max(1, columns)).slice(0, Math.max(1, rows));
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end" color={theme.toneColor('warn')}>
					{cell(line, columns, theme)}
				</Text>
			))}
		</Box>
	);
}
