// Colours and glyphs in one place. Colour is a second channel, never the only one: every state also has a
// symbol and a word, so --no-color/NO_COLOR loses nothing, and --ascii swaps every glyph for plain ASCII.
import type {Category} from '../model/task.js';
import {categoryAscii, categoryGlyphs} from '../format/category-marks.js';

export type Tone = 'border' | 'focus' | 'muted' | 'ok' | 'warn' | 'error' | 'accent';

export type BorderGlyphs = {
	readonly topLeft: string;
	readonly topRight: string;
	readonly bottomLeft: string;
	readonly bottomRight: string;
	readonly horizontal: string;
	readonly vertical: string;
};

/** Ink's Box borderStyle object (cli-boxes shape), for the side borders Ink draws itself. */
export type BoxStyle = {
	readonly topLeft: string;
	readonly top: string;
	readonly topRight: string;
	readonly right: string;
	readonly bottomRight: string;
	readonly bottom: string;
	readonly bottomLeft: string;
	readonly left: string;
};

export function boxStyle(glyphs: BorderGlyphs): BoxStyle {
	const {topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical} = glyphs;
	return {topLeft, top: horizontal, topRight, right: vertical, bottomRight, bottom: horizontal, bottomLeft, left: vertical};
}

export type Theme = {
	readonly color: boolean;
	readonly ascii: boolean;
	readonly symbols: Readonly<Record<Category, string>>;
	/** Marks a row AWS no longer lists, in place of its category's symbol. */
	readonly goneSymbol: string;
	readonly gaugeFull: string;
	readonly gaugeEmpty: string;
	readonly ellipsis: string;
	/** Marks the selected row, so the selection shows without inverse video too. */
	readonly cursor: string;
	readonly separator: string;
	readonly border: BorderGlyphs;
	/** The focused pane's border: heavier, so focus shows without colour. */
	readonly focusBorder: BorderGlyphs;
	/** An Ink colour for the category, or undefined without colour. */
	categoryColor(category: Category): string | undefined;
	toneColor(tone: Tone): string | undefined;
};

const categoryColors: Record<Category, string> = {
	completed: 'green',
	active: 'yellow',
	failed: 'red',
	cancelled: 'gray',
	unknown: 'magenta',
};

const toneColors: Record<Tone, string> = {
	border: 'gray',
	focus: 'cyan',
	muted: 'gray',
	ok: 'green',
	warn: 'yellow',
	error: 'red',
	accent: 'cyan',
};

const light: BorderGlyphs = {topLeft: '┌', topRight: '┐', bottomLeft: '└', bottomRight: '┘', horizontal: '─', vertical: '│'};
const heavy: BorderGlyphs = {topLeft: '┏', topRight: '┓', bottomLeft: '┗', bottomRight: '┛', horizontal: '━', vertical: '┃'};
const asciiLight: BorderGlyphs = {topLeft: '+', topRight: '+', bottomLeft: '+', bottomRight: '+', horizontal: '-', vertical: '|'};
const asciiHeavy: BorderGlyphs = {topLeft: '#', topRight: '#', bottomLeft: '#', bottomRight: '#', horizontal: '=', vertical: '|'};

export function createTheme(options: {color: boolean; ascii: boolean}): Theme {
	const {color, ascii} = options;
	return {
		color,
		ascii,
		symbols: ascii ? categoryAscii : categoryGlyphs,
		goneSymbol: ascii ? '.' : '·',
		gaugeFull: ascii ? '#' : '█',
		gaugeEmpty: ascii ? '.' : '░',
		ellipsis: ascii ? '~' : '…',
		cursor: ascii ? '>' : '›',
		separator: ascii ? '|' : '·',
		border: ascii ? asciiLight : light,
		focusBorder: ascii ? asciiHeavy : heavy,
		categoryColor: (category) => (color ? categoryColors[category] : undefined),
		toneColor: (tone) => (color ? toneColors[tone] : undefined),
	};
}
