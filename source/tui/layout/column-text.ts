// Terminal-column text helpers for the TUI. Widths come from string-width and truncation from cli-truncate,
// never from .length, so CJK and emoji keep the columns aligned.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import {fit} from '../../format/text.js';
import type {Theme} from '../theme.js';

export type Position = 'start' | 'middle' | 'end';

/** Exactly `width` columns, left-aligned: truncated with the theme's ellipsis, or padded. */
export function cell(text: string, width: number, theme: Pick<Theme, 'ascii' | 'ellipsis'>, position: Position = 'end'): string {
	if (width <= 0) return '';
	if (!theme.ascii && position === 'end') return fit(text, width);
	const truncated = stringWidth(text) > width ? cliTruncate(text, width, {position, truncationCharacter: theme.ellipsis}) : text;
	return truncated + ' '.repeat(Math.max(0, width - stringWidth(truncated)));
}

/** Exactly `width` columns, right-aligned (numbers, durations). */
export function cellRight(text: string, width: number, theme: Pick<Theme, 'ascii' | 'ellipsis'>): string {
	if (width <= 0) return '';
	const w = stringWidth(text);
	if (w >= width) return cell(text, width, theme);
	return ' '.repeat(width - w) + text;
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Splits text into lines of at most `width` columns, breaking at spaces where it can and inside long words
 * where it must. Input is one line (sanitised text has no newlines).
 */
export function wrapText(text: string, width: number): string[] {
	if (width <= 0) return [];
	if (stringWidth(text) <= width) return [text];
	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;
	for (const word of text.split(/(?<= )/)) {
		const wordWidth = stringWidth(word);
		if (lineWidth + wordWidth <= width) {
			line += word;
			lineWidth += wordWidth;
			continue;
		}
		if (line !== '' && wordWidth <= width) {
			lines.push(line.trimEnd());
			line = word;
			lineWidth = wordWidth;
			continue;
		}
		// A word longer than the line: break it by graphemes.
		for (const {segment} of segmenter.segment(word)) {
			const w = stringWidth(segment);
			if (lineWidth + w > width && line !== '') {
				lines.push(line.trimEnd());
				line = '';
				lineWidth = 0;
			}
			line += segment;
			lineWidth += w;
		}
	}
	if (line.trimEnd() !== '' || lines.length === 0) lines.push(line.trimEnd());
	return lines;
}

export {stringWidth};
