// Width and number shaping shared by the line outputs and the TUI.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** Exactly `width` terminal columns: truncated with an ellipsis or padded. Wide characters count double. */
export function fit(text: string, width: number): string {
	if (width <= 0) return '';
	const truncated = stringWidth(text) > width ? cliTruncate(text, width, {position: 'end'}) : text;
	return truncated + ' '.repeat(Math.max(0, width - stringWidth(truncated)));
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

/** 50,000 */
export function formatCount(count: number): string {
	// Grouped by hand for integers: toLocaleString pages in ICU's number-formatting data (~5 MiB resident).
	return Number.isSafeInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : count.toLocaleString('en-US');
}
