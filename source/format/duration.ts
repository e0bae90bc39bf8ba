// Durations, the one home: read from flags and scenario files, and written in the three widths cutwatch needs.
// Each format has its own reader: the screen ticks by the minute, line outputs count seconds, summaries are exact.

const unitMs: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000};
const durationPattern = /^(-)?((?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;
const partPattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const minuteMs = 60_000;

/** Milliseconds, or undefined when the value is not a duration ("90s", "-5m", "1h30m", "7d", or a number of ms). */
export function parseDuration(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const match = durationPattern.exec(value.trim());
	if (!match) return undefined;
	let total = 0;
	for (const [, amount, unit] of (match[2] ?? '').matchAll(partPattern)) total += Number(amount) * (unitMs[unit ?? ''] ?? 0);
	return match[1] ? -total : total;
}

/** 1h 05m, 12m, 45s: compact, for the line outputs' ages, ETAs and retry countdowns. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
	return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** <1m, 12m, 1h 05m, 13h, 3d 4h: whole minutes in at most six columns, so an idle screen changes once a minute. */
export function formatMinutes(ms: number): string {
	const minutes = Math.floor(Math.max(0, ms) / minuteMs);
	if (minutes < 1) return '<1m';
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 10) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
	if (hours < 48) return `${hours}h`;
	return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** Exact, in the flag syntax parseDuration reads, for summaries: 95000 → "1m35s". */
export function formatSpan(ms: number): string {
	if (ms < 0) return `-${formatSpan(-ms)}`;
	if (ms < 1000) return `${Math.round(ms)}ms`;
	const parts: string[] = [];
	let rest = Math.round(ms / 1000);
	for (const [unit, size] of [
		['d', 86_400],
		['h', 3600],
		['m', 60],
		['s', 1],
	] as const) {
		if (rest >= size) {
			parts.push(`${Math.floor(rest / size)}${unit}`);
			rest %= size;
		}
	}
	return parts.join('');
}
