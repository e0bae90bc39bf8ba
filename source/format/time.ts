// Wall-clock times, the one home: every time cutwatch prints is UTC, the clock AWS reports in.

/** Second-precision UTC, e.g. 2026-11-23T13:44:06Z: line outputs, the report, the detail view. */
export function formatTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Full ISO 8601 for machine-read records (JSON lines, the journal); null for a missing or invalid date. */
export function isoOrNull(date: Date | undefined): string | null {
	return date === undefined || Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** HH:MM in UTC, the clock AWS and the --watch lines use. */
export function formatClock(ms: number): string {
	const date = new Date(ms);
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** HH:MM:SS in UTC, for the event log. */
export function formatClockSeconds(ms: number): string {
	return `${formatClock(ms)}:${String(new Date(ms).getUTCSeconds()).padStart(2, '0')}`;
}

/** "between 02:14 and 02:31" for a change cutwatch did not see happen (it was not running). */
export function gapText(event: {since?: number | undefined; at: number}): string {
	if (event.since === undefined) return '';
	// Minutes, unless that would print the same time twice.
	const clock = formatClock(event.since) === formatClock(event.at) ? formatClockSeconds : formatClock;
	return `between ${clock(event.since)} and ${clock(event.at)} UTC (while cutwatch was not watching)`;
}
