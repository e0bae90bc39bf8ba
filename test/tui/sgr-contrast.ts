// What a terminal would show of a rendered frame, colour by colour: the SGR codes parsed into the
// foreground/background pair of every visible character, resolved on the standard xterm 16-colour palette,
// and the WCAG contrast ratio of each pair. Tests use it to check every pair a screen actually uses.

/** xterm's default 16 colours (XTerm-col.ad): 30–37 / 40–47 are 0–7, 90–97 / 100–107 are 8–15. */
export const xtermPalette = [
	'#000000',
	'#cd0000',
	'#00cd00',
	'#cdcd00',
	'#0000ee',
	'#cd00cd',
	'#00cdcd',
	'#e5e5e5',
	'#7f7f7f',
	'#ff0000',
	'#00ff00',
	'#ffff00',
	'#5c5cff',
	'#ff00ff',
	'#00ffff',
	'#ffffff',
] as const;

export type Terminal = {readonly name: string; readonly foreground: string; readonly background: string};
export const darkTerminal: Terminal = {name: 'dark', foreground: '#e5e5e5', background: '#000000'};
export const lightTerminal: Terminal = {name: 'light', foreground: '#000000', background: '#ffffff'};

/** One run of characters drawn with the same attributes. */
export type Cell = {text: string; fg?: number | undefined; bg?: number | undefined; dim: boolean; inverse: boolean; bold: boolean};

type Attributes = Omit<Cell, 'text'>;
const plain = (): Attributes => ({fg: undefined, bg: undefined, dim: false, inverse: false, bold: false});

function applySgr(state: Attributes, parameters: string): Attributes {
	const next = {...state};
	const codes = parameters === '' ? [0] : parameters.split(';').map(Number);
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i]!;
		if (code === 0) Object.assign(next, plain());
		else if (code === 1) next.bold = true;
		else if (code === 2) next.dim = true;
		else if (code === 22) [next.bold, next.dim] = [false, false];
		else if (code === 7) next.inverse = true;
		else if (code === 27) next.inverse = false;
		else if (code >= 30 && code <= 37) next.fg = code - 30;
		else if (code >= 90 && code <= 97) next.fg = code - 90 + 8;
		else if (code === 39) next.fg = undefined;
		else if (code >= 40 && code <= 47) next.bg = code - 40;
		else if (code >= 100 && code <= 107) next.bg = code - 100 + 8;
		else if (code === 49) next.bg = undefined;
		else if (code === 38 || code === 48) throw new Error(`extended colour SGR ${parameters}: the checks assume the 16-colour palette`);
	}
	return next;
}

/** The visible runs of a frame, each with the attributes in force (other escape sequences are skipped). */
export function cellsOf(frame: string): Cell[] {
	const cells: Cell[] = [];
	let state = plain();
	// SGR, any other CSI, OSC (BEL or ST), or a lone escape pair.
	const escape = /\u001b\[([0-9;]*)m|\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b./g;
	let at = 0;
	for (const match of frame.matchAll(escape)) {
		if (match.index > at) cells.push({...state, text: frame.slice(at, match.index)});
		if (match[1] !== undefined) state = applySgr(state, match[1]);
		at = match.index + match[0].length;
	}
	if (at < frame.length) cells.push({...state, text: frame.slice(at)});
	return cells.filter((cell) => cell.text.replace(/\s/g, '') !== '');
}

type Rgb = readonly [number, number, number];
const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
	const [r, g, b] = rgbOf(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as unknown as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The colours a cell is seen in: dim is the foreground blended halfway toward the background. */
export function seen(cell: Attributes, terminal: Terminal): {fg: string; bg: string} {
	let fg = cell.fg === undefined ? terminal.foreground : xtermPalette[cell.fg]!;
	let bg = cell.bg === undefined ? terminal.background : xtermPalette[cell.bg]!;
	if (cell.dim) {
		const [f, b] = [rgbOf(fg), rgbOf(bg)];
		fg = hexOf([0, 1, 2].map((i) => (f[i]! + b[i]!) / 2) as unknown as Rgb);
	}
	if (cell.inverse) [fg, bg] = [bg, fg];
	return {fg, bg};
}

/** Box-drawing glyphs (and their ASCII stand-ins alone) are not text: WCAG 1.4.11 asks 3:1 of them. */
export function isBorder(text: string): boolean {
	return /^[\s\u2500-\u257f]+$/.test(text);
}

/** Every pair below its minimum (4.5 for text, 3 for borders), described for a failure message. */
export function lowContrast(frames: readonly string[], terminal: Terminal): string[] {
	const problems = new Map<string, string>();
	for (const frame of frames) {
		for (const cell of cellsOf(frame)) {
			const {fg, bg} = seen(cell, terminal);
			const ratio = contrast(fg, bg);
			const minimum = isBorder(cell.text) ? 3 : 4.5;
			if (ratio >= minimum) continue;
			const key = `${fg} on ${bg}${cell.dim ? ' (dim)' : ''}`;
			if (!problems.has(key)) problems.set(key, `${key}: ${ratio.toFixed(2)} < ${minimum} in ${JSON.stringify(cell.text.trim().slice(0, 40))}`);
		}
	}
	return [...problems.values()];
}
