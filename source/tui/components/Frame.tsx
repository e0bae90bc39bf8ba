// A bordered box of exactly `width` × `height` with a title in its top border and a note (position) in its
// bottom border. Used by the full-screen views (detail, event log, help); panes draw their own richer chrome.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {useTheme} from '../context.js';
import {cell, stringWidth} from '../layout/column-text.js';
import {boxStyle} from '../theme.js';

export type FrameProps = {
	readonly width: number;
	readonly height: number;
	readonly title: string;
	readonly note?: string;
	/** Each line exactly width - 2 columns wide; at most height - 2 of them are shown. */
	readonly lines: readonly ReactNode[];
};

export function Frame({width, height, title, note = '', lines}: FrameProps) {
	const theme = useTheme();
	const glyphs = theme.focusBorder;
	const borderColor = theme.toneColor('focus');
	const inner = Math.max(0, width - 2);
	const titleText = cell(title, Math.min(stringWidth(title), Math.max(0, inner - 4)), theme);
	const topFill = Math.max(0, inner - 1 - stringWidth(titleText) - 2);
	const noteText = note === '' ? '' : ` ${cell(note, Math.min(stringWidth(note), Math.max(0, inner - 4)), theme)} `;
	const bottomFill = Math.max(0, inner - stringWidth(noteText) - (noteText === '' ? 0 : 1));
	const room = Math.max(0, height - 2);
	const shown = lines.slice(0, room);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text wrap="truncate-end">
				<Text color={borderColor}>{`${glyphs.topLeft}${glyphs.horizontal} `}</Text>
				<Text bold={theme.color}>{titleText}</Text>
				<Text color={borderColor}>{` ${glyphs.horizontal.repeat(topFill)}${glyphs.topRight}`}</Text>
			</Text>
			<Box
				flexDirection="column"
				width={width}
				height={room}
				borderStyle={boxStyle(glyphs)}
				borderTop={false}
				borderBottom={false}
				borderColor={borderColor}
				overflow="hidden"
			>
				{shown.map((line, index) => (
					<Text key={index} wrap="truncate-end">
						{line}
					</Text>
				))}
			</Box>
			<Text wrap="truncate-end" color={borderColor}>
				{glyphs.bottomLeft}
				{glyphs.horizontal.repeat(bottomFill)}
				{noteText}
				{noteText === '' ? '' : glyphs.horizontal}
				{glyphs.bottomRight}
			</Text>
		</Box>
	);
}
