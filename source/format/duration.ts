// Durations in scenario files and CLI flags: milliseconds as a number, or text such as "90s", "-5m", "1h30m", "7d".

const unitMs: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000};
const durationPattern = /^(-)?((?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;
const partPattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;

/** Milliseconds, or undefined when the value is not a duration. */
export function parseDuration(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const match = durationPattern.exec(value.trim());
	if (!match) return undefined;
	let total = 0;
	for (const [, amount, unit] of (match[2] ?? '').matchAll(partPattern)) total += Number(amount) * (unitMs[unit ?? ''] ?? 0);
	return match[1] ? -total : total;
}

/** Compact human form for summaries: 95000 → "1m35s". */
export function formatDuration(ms: number): string {
	if (ms < 0) return `-${formatDuration(-ms)}`;
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
