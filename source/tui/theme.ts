// Colours and glyphs in one place. Colour is a second channel, never the only one: every state also has a
// symbol and a word, so --no-color/NO_COLOR loses nothing, and --ascii swaps every glyph for plain ASCII.
// Two palettes, one per terminal background (--theme), each chosen so every text colour has WCAG contrast
// ≥ 4.5 against that background on the standard xterm palette (test/tui/contrast.test.tsx checks the frames):
// on black, red and magenta are their bright forms (plain ones are 3.6 and 4.5); on white, only black, red,
// blue and magenta are readable, so there is no yellow, green, cyan or gray text. No dim (SGR 2) either:
// blended halfway toward the background, even the default foreground falls below 4.5 on both.
import type {Background} from '../config/config.js';
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
	/** The terminal background the palette is for. */
	readonly background: Background;
	readonly ascii: boolean;
	readonly symbols: Readonly<Record<Category, string>>;
	/** Marks a row AWS no longer lists, in place of its category's symbol. */
	readonly goneSymbol: string;
	readonly gaugeFull: string;
	readonly gaugeEmpty: string;
	readonly ellipsis: string;
	/** Marks the selected row, besides inverse video (not colour: drawn with and without --no-color). */
	readonly cursor: string;
	readonly separator: string;
	readonly border: BorderGlyphs;
	/** The focused pane's border: heavier, so focus shows without colour. */
	readonly focusBorder: BorderGlyphs;
	/** An Ink colour for the category, or undefined without colour. */
	categoryColor(category: Category): string | undefined;
	toneColor(tone: Tone): string | undefined;
};

type Palette = {readonly categories: Readonly<Record<Category, string | undefined>>; readonly tones: Readonly<Record<Tone, string | undefined>>};

const palettes: Record<Background, Palette> = {
	dark: {
		categories: {completed: 'green', active: 'yellow', failed: 'redBright', cancelled: 'gray', unknown: 'magentaBright'},
		tones: {border: 'gray', focus: 'cyan', muted: 'gray', ok: 'green', warn: 'yellow', error: 'redBright', accent: 'cyan'},
	},
	// undefined: the terminal's own (dark) foreground. Borders stay gray: glyphs, not text (3:1 is enough).
	// Muted is black, not undefined, so muted text nested in gray (a border's row count) does not inherit it.
	light: {
		categories: {completed: undefined, active: 'blue', failed: 'red', cancelled: undefined, unknown: 'magenta'},
		tones: {border: 'gray', focus: 'blue', muted: 'black', ok: undefined, warn: 'magenta', error: 'red', accent: 'blue'},
	},
};

const light: BorderGlyphs = {topLeft: '┌', topRight: '┐', bottomLeft: '└', bottomRight: '┘', horizontal: '─', vertical: '│'};
const heavy: BorderGlyphs = {topLeft: '┏', topRight: '┓', bottomLeft: '┗', bottomRight: '┛', horizontal: '━', vertical: '┃'};
const asciiLight: BorderGlyphs = {topLeft: '+', topRight: '+', bottomLeft: '+', bottomRight: '+', horizontal: '-', vertical: '|'};
const asciiHeavy: BorderGlyphs = {topLeft: '#', topRight: '#', bottomLeft: '#', bottomRight: '#', horizontal: '=', vertical: '|'};

export function createTheme(options: {color: boolean; ascii: boolean; theme?: string | undefined}): Theme {
	const {color, ascii} = options;
	// 'auto' is resolved before the screen starts (run-tui.tsx); anything unresolved is the dark default.
	const background: Background = options.theme === 'light' ? 'light' : 'dark';
	const palette = palettes[background];
	return {
		color,
		background,
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
		categoryColor: (category) => (color ? palette.categories[category] : undefined),
		toneColor: (tone) => (color ? palette.tones[tone] : undefined),
	};
}

const mutedThemes = new WeakMap<Theme, Theme>();

/**
 * The theme for rows that are not live (stale, gone, cancelled): every colour is the muted one, so the whole
 * row recedes without dim. On light there is no readable muted colour: the row's words ("stale") carry it.
 */
export function mutedTheme(theme: Theme): Theme {
	let muted = mutedThemes.get(theme);
	if (muted === undefined) {
		const color = theme.toneColor('muted');
		muted = {...theme, categoryColor: () => color, toneColor: () => color};
		mutedThemes.set(theme, muted);
	}
	return muted;
}
