// Is the terminal's background dark or light? Pure decisions from what the terminal said: its answer to
// OSC 11 (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB`), else COLORFGBG (`fg;bg`, set by rxvt, Konsole and others), else
// dark. The query itself is background-query.ts; picking up replies from the input is replies.ts.
import type {Background} from '../config/config.js';

/** OSC 11 with `?`: "what is your background colour?" (BEL-terminated: the form every answering terminal takes). */
export const backgroundQuery = '\u001b]11;?\u0007';
/** Primary device attributes: nearly every terminal answers, and in order, so its reply ends the wait early. */
export const deviceAttributesQuery = '\u001b[c';

export type Rgb = readonly [number, number, number];

/**
 * An X11 colour spec as terminals report it, each channel scaled to 0–1: `rgb:h/h/h` with 1–4 hex digits a
 * channel (xterm answers with 4, some terminals with 2), `rgba:` (alpha ignored), or `#rgb` … `#rrrrggggbbbb`.
 */
export function parseColorSpec(spec: string): Rgb | undefined {
	const text = spec.trim();
	const rgb = /^rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?$/i.exec(text);
	const channels = rgb ? rgb.slice(1, 4) : hashChannels(text);
	if (channels === undefined) return undefined;
	return channels.map((hex) => Number.parseInt(hex, 16) / (16 ** hex.length - 1)) as unknown as Rgb;
}

function hashChannels(text: string): string[] | undefined {
	const hash = /^#((?:[0-9a-f]{3}){1,4})$/i.exec(text);
	if (!hash) return undefined;
	const width = hash[1]!.length / 3;
	return [0, 1, 2].map((i) => hash[1]!.slice(i * width, (i + 1) * width));
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
	const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Light when black text on it would contrast more than white text: luminance above √(1.05 × 0.05) − 0.05
 * ≈ 0.179, where the two ratios are equal. The themes are built for black and white backgrounds.
 */
export function backgroundOfColor(rgb: Rgb): Background {
	return relativeLuminance(rgb) > Math.sqrt(1.05 * 0.05) - 0.05 ? 'light' : 'dark';
}

/** COLORFGBG is `fg;bg` (rxvt: `fg;default;bg`), as palette indices: 0–6 and 8 are dark, 7 and 9–15 light. */
export function backgroundOfColorFgBg(value: string | undefined): Background | undefined {
	const last = value?.split(';').at(-1)?.trim() ?? '';
	if (!/^\d{1,2}$/.test(last)) return undefined;
	const index = Number(last);
	if (index > 15) return undefined;
	return index <= 6 || index === 8 ? 'dark' : 'light';
}

export type BackgroundDecision = {readonly background: Background; readonly from: 'terminal' | 'COLORFGBG' | 'default'};

/** The terminal's own answer first, then COLORFGBG, then dark (the palette most terminals ship with). */
export function decideBackground(reply: string | undefined, colorFgBg: string | undefined): BackgroundDecision {
	const rgb = reply === undefined ? undefined : parseColorSpec(reply);
	if (rgb !== undefined) return {background: backgroundOfColor(rgb), from: 'terminal'};
	const fromEnv = backgroundOfColorFgBg(colorFgBg);
	if (fromEnv !== undefined) return {background: fromEnv, from: 'COLORFGBG'};
	return {background: 'dark', from: 'default'};
}
