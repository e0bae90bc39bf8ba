// Time and number formats for the screen. Everything that ticks is at minute resolution, so an idle screen
// changes at most once a minute; only a throttling countdown counts seconds (formatDuration).

export const minuteMs = 60_000;

/** HH:MM in UTC, the clock AWS and the --watch lines use. */
export function formatClock(ms: number): string {
	const date = new Date(ms);
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** HH:MM:SS in UTC, for the event log. */
export function formatClockSeconds(ms: number): string {
	return `${formatClock(ms)}:${String(new Date(ms).getUTCSeconds()).padStart(2, '0')}`;
}

/** <1m, 12m, 1h 05m, 13h, 3d 4h: whole minutes in at most six columns, for ages, ETAs and stall times. */
export function formatMinutes(ms: number): string {
	const minutes = Math.floor(Math.max(0, ms) / minuteMs);
	if (minutes < 1) return '<1m';
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 10) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
	if (hours < 48) return `${hours}h`;
	return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** 50,000 */
export function formatCount(count: number): string {
	return count.toLocaleString('en-US');
}

/** Rounds a clock reading down to its resolution, so every consumer of one tick sees the same value. */
export function quantize(now: number, resolutionMs: number): number {
	return Math.floor(now / resolutionMs) * resolutionMs;
}
