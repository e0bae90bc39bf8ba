// Small text formatters shared by the line outputs and the TUI.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** 1h 05m, 12m, 45s: compact, for ages, ETAs and stall times. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
	return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** 1.2 GiB: binary units, as disk images are sized. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
	let value = bytes;
	let unit = 0;
	while (Math.abs(value) >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Second-precision UTC, e.g. 2026-11-23T13:44:06Z. */
export function formatTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Exactly `width` terminal columns: truncated with an ellipsis or padded. Wide characters count double. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	const truncated = stringWidth(text) > width ? cliTruncate(text, width, {position: 'end'}) : text;
	return truncated + ' '.repeat(Math.max(0, width - stringWidth(truncated)));
}

/** HH:MM UTC: a gap's bounds, as an operator reads them off a clock. */
const clock = (ms: number, seconds: boolean) => new Date(ms).toISOString().slice(11, seconds ? 19 : 16);

/** "between 02:14 and 02:31" for a change cutwatch did not see happen (it was not running). */
export function gapText(event: {since?: number | undefined; at: number}): string {
	if (event.since === undefined) return '';
	// Minutes, unless that would print the same time twice.
	const seconds = clock(event.since, false) === clock(event.at, false);
	return `between ${clock(event.since, seconds)} and ${clock(event.at, seconds)} UTC (while cutwatch was not watching)`;
}
