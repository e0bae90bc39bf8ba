// How each task category is marked in text, in one place: the glyph, its --ascii stand-in on screen, and the
// word a plain-text line uses where a lone ASCII letter would be cryptic (the terminal title). The screen's
// theme, the count summaries and the title all read these.
import type {Category} from '../model/task.js';

export const categoryGlyphs: Readonly<Record<Category, string>> = {active: '▶', failed: '✗', completed: '✓', cancelled: '⊘', unknown: '?'};
export const categoryAscii: Readonly<Record<Category, string>> = {active: '>', failed: 'x', completed: '+', cancelled: '-', unknown: '?'};
export const categoryWords: Readonly<Record<Category, string>> = {active: 'run', failed: 'fail', completed: 'done', cancelled: 'cxl', unknown: 'unk'};

/** Active tasks that stopped moving: a mark beside the categories'. */
export const stalledMark = {glyph: '⚠', ascii: '!', word: 'stall'} as const;
