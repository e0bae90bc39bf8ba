// The screen's clock resolution. Everything that ticks is at minute resolution, so an idle screen changes at
// most once a minute; only a throttling countdown counts seconds. The formats themselves live in source/format/.
export {formatMinutes} from '../../format/duration.js';
export {formatCount} from '../../format/text.js';
export {formatClock, formatClockSeconds} from '../../format/time.js';

export const minuteMs = 60_000;

/** Rounds a clock reading down to its resolution, so every consumer of one tick sees the same value. */
export function quantize(now: number, resolutionMs: number): number {
	return Math.floor(now / resolutionMs) * resolutionMs;
}
