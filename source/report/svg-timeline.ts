// The report's timeline as inline SVG: one bar per task on a UTC time axis, coloured by outcome, a cross where
// it failed, and each bar's full text in a <title> (a tooltip, no script needed). Every string is escaped.
import {clockUtc, type TimelineBar} from '../charts/index.js';
import {escapeHtml} from './escape.js';

export const outcomeColors: Record<TimelineBar['outcome'], string> = {
	completed: '#2e7d32',
	failed: '#c62828',
	cancelled: '#757575',
	active: '#1565c0',
	unknown: '#8d6e63',
};

const rowHeight = 18;
const labelWidth = 300;
const plotWidth = 700;
const top = 28;

export function svgTimeline(bars: readonly TimelineBar[], from: number, to: number): string {
	const span = Math.max(1, to - from);
	const x = (at: number) => labelWidth + ((Math.min(to, Math.max(from, at)) - from) / span) * plotWidth;
	const height = top + bars.length * rowHeight + 8;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="${labelWidth + plotWidth + 20}" height="${height}" role="img" aria-label="Timeline of ${bars.length} tasks">`,
	];
	for (let i = 0; i <= 4; i++) {
		const at = from + (span * i) / 4;
		const tx = x(at);
		out.push(`<line x1="${tx.toFixed(1)}" y1="${top - 6}" x2="${tx.toFixed(1)}" y2="${height - 4}" class="grid"/>`);
		const anchor = i === 0 ? 'start' : i === 4 ? 'end' : 'middle';
		out.push(`<text x="${tx.toFixed(1)}" y="${top - 10}" text-anchor="${anchor}" class="tick">${escapeHtml(clockUtc(at))} UTC</text>`);
	}
	bars.forEach((bar, i) => {
		const y = top + i * rowHeight;
		const x0 = x(bar.start);
		const x1 = Math.max(x0 + 3, x(bar.end ?? to));
		const label = bar.label.length > 42 ? `${bar.label.slice(0, 41)}…` : bar.label;
		const title = `${bar.label}: ${bar.outcome}`;
		out.push(`<text x="4" y="${y + 13}" class="label">${escapeHtml(label)}</text>`);
		out.push(
			`<rect x="${x0.toFixed(1)}" y="${y + 3}" width="${(x1 - x0).toFixed(1)}" height="12" fill="${outcomeColors[bar.outcome]}" class="bar ${bar.outcome}"><title>${escapeHtml(title)}</title></rect>`,
		);
		if (bar.outcome === 'failed') {
			out.push(`<path d="M${(x1 - 5).toFixed(1)} ${y + 2}l10 14m0 -14l-10 14" class="cross"/>`);
		}
	});
	out.push('</svg>');
	return out.join('\n');
}
