// --deadline: when the cutover must be done, and whether the running tasks' ETAs say it will be. Pure: the
// projection is the latest ETA of the active tasks (and how many have none yet) against the deadline.
import {parseDuration} from '../format/duration.js';

export type Deadline = {
	readonly at: number;
	/**
	 * The deadline on the screen's one clock, UTC, marked as such: '04:30Z'. Every clock about it (the projected
	 * finish, "projected past") is UTC too, as are the header's sync time, the recap and the event log.
	 */
	readonly label: string;
	/** How the operator wrote it, when that was not UTC: '04:30 local' (shown beside the label). */
	readonly given?: string | undefined;
};

const clockPattern = /^([01]?\d|2[0-3]):([0-5]\d)(Z)?$/i;

/** `04:30` (local; the next 04:30 from now), `04:30Z` (UTC), or `+2h` / `+90m`; undefined when it is none of these. */
export function parseDeadline(text: string, now: number): Deadline | undefined {
	const trimmed = text.trim();
	if (trimmed.startsWith('+')) {
		const ms = parseDuration(trimmed.slice(1));
		if (ms === undefined || ms <= 0) return undefined;
		const at = now + ms;
		return {at, label: utcClock(at)};
	}
	const match = clockPattern.exec(trimmed);
	if (!match) return undefined;
	const utc = match[3] !== undefined;
	const date = new Date(now);
	if (utc) date.setUTCHours(Number(match[1]), Number(match[2]), 0, 0);
	else date.setHours(Number(match[1]), Number(match[2]), 0, 0);
	// A clock time already past today is tomorrow's (a cutover that runs over midnight).
	if (date.getTime() <= now) date.setTime(date.getTime() + 86_400_000);
	const at = date.getTime();
	return utc ? {at, label: utcClock(at)} : {at, label: utcClock(at), given: `${match[1]!.padStart(2, '0')}:${match[2]} local`};
}

/** `04:30Z`: a clock time in UTC, saying so. */
export function utcClock(ms: number): string {
	const date = new Date(ms);
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}Z`;
}

/** `deadline 03:30Z (04:30 local)`: the header's name for it. */
export function deadlineName(deadline: Deadline): string {
	return `deadline ${deadline.label}${deadline.given === undefined ? '' : ` (${deadline.given})`}`;
}

export type Projection = {
	readonly active: number;
	/** Active tasks without an estimate yet (or whose estimate has passed). */
	readonly unknown: number;
	/** Active tasks projected past the deadline. */
	readonly late: number;
	/** Latest projected finish among the estimated tasks. */
	readonly finishAt?: number | undefined;
};

/** `etas`: ms left for each active task (undefined: no estimate). */
export function project(etas: Iterable<number | undefined>, now: number, deadline: number): Projection {
	let active = 0;
	let unknown = 0;
	let late = 0;
	let finishAt: number | undefined;
	for (const eta of etas) {
		active++;
		if (eta === undefined || eta <= 0) {
			unknown++;
			continue;
		}
		const at = now + eta;
		if (at > deadline) late++;
		if (finishAt === undefined || at > finishAt) finishAt = at;
	}
	return {active, unknown, late, finishAt};
}

/** `on track (done ~03:52Z, 38 min spare)`, `late: 3 tasks projected past 04:30`, `passed: 2 tasks still active`. */
export function projectionText(projection: Projection, deadline: Deadline, now: number): string {
	const {active, unknown, late, finishAt} = projection;
	const noEta = unknown > 0 ? `, ${unknown} without ETA` : '';
	if (now >= deadline.at) return active === 0 ? 'passed, all done' : `passed: ${active} task${active === 1 ? '' : 's'} still active`;
	if (late > 0) return `late: ${late} task${late === 1 ? '' : 's'} projected past ${deadline.label}${noEta}`;
	if (active === 0) return 'all done';
	if (finishAt === undefined) return `no ETA yet (${unknown} active)`;
	const spare = Math.floor((deadline.at - finishAt) / 60_000);
	return `on track (done ~${utcClock(finishAt)}, ${spare} min spare${noEta})`;
}

/** The header's short form when the full one does not fit: `on track ~03:52Z`, `late: 3`, `passed: 2 active`. */
export function projectionShortText(projection: Projection, deadline: Deadline, now: number): string {
	const {active, late, finishAt} = projection;
	if (now >= deadline.at) return active === 0 ? 'passed, all done' : `passed: ${active} active`;
	if (late > 0) return `late: ${late}`;
	if (active === 0) return 'all done';
	if (finishAt === undefined) return 'no ETA yet';
	return `on track ~${utcClock(finishAt)}`;
}
