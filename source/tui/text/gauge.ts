// A fixed-width progress gauge as plain text. Whole cells only: a one-percent step redraws the percentage,
// and the bar only when it crosses a cell, so a live screen sends as few bytes as it can.
import type {Theme} from '../theme.js';

export type GaugeParts = {readonly filled: string; readonly empty: string};

export function gaugeParts(progress: number | undefined, width: number, theme: Pick<Theme, 'gaugeFull' | 'gaugeEmpty'>): GaugeParts {
	if (width <= 0) return {filled: '', empty: ''};
	if (progress === undefined || !Number.isFinite(progress)) return {filled: '', empty: ' '.repeat(width)};
	const cells = Math.round((Math.min(100, Math.max(0, progress)) / 100) * width);
	// Anything short of done keeps at least one empty cell, so 99 % never looks finished.
	const filled = progress < 100 ? Math.min(cells, width - 1) : width;
	return {filled: theme.gaugeFull.repeat(filled), empty: theme.gaugeEmpty.repeat(width - filled)};
}

export function percentText(progress: number | undefined): string {
	return progress === undefined || !Number.isFinite(progress) ? '' : `${Math.round(progress)}%`;
}
