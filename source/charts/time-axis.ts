// The time axis under every chart: the span's ends (and middle, when there is room) in UTC, the clock AWS and
// the --watch lines use, and in the local zone on a second line, the clock on the operator's wall.

export type TimeZone = {
	/** Local minus UTC in minutes at `at`; tests pin it, the screen uses the process's zone. */
	offsetMinutes(at: number): number;
};

export const processZone: TimeZone = {offsetMinutes: (at) => -new Date(at).getTimezoneOffset()};

function hhmm(ms: number): string {
	const date = new Date(ms);
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

export function clockUtc(at: number): string {
	return hhmm(at);
}

export function clockLocal(at: number, zone: TimeZone): string {
	return hhmm(at + zone.offsetMinutes(at) * 60_000);
}

/** Places labels at the left, middle and right of `width` columns; drops the middle when they would touch. */
function spread(width: number, left: string, middle: string, right: string): string {
	const row = Array.from({length: width}, () => ' ');
	const put = (at: number, text: string) => {
		for (let i = 0; i < text.length && at + i < width; i++) row[at + i] = text[i]!;
	};
	put(0, left);
	const mid = Math.floor((width - middle.length) / 2);
	if (mid > left.length + 1 && mid + middle.length + 1 < width - right.length) put(mid, middle);
	if (width - right.length > left.length) put(width - right.length, right);
	return row.join('');
}

/** Two label lines for a chart `width` columns wide spanning from..to. */
export function timeAxis(from: number, to: number, width: number, zone: TimeZone): [string, string] {
	const mid = from + (to - from) / 2;
	return [
		spread(width, `${clockUtc(from)} UTC`, clockUtc(mid), clockUtc(to)),
		spread(width, `${clockLocal(from, zone)} local`, clockLocal(mid, zone), clockLocal(to, zone)),
	];
}
