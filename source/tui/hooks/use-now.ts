// A clock for the screen that wakes only when its reading changes: one timer to the next boundary of its
// resolution, no interval. Disabled, it sets no timer at all, so an idle screen costs no CPU.
import {useEffect, useState} from 'react';
import type {Clock} from '../context.js';
import {quantize} from './units.js';

export function useNow(clock: Clock, resolutionMs: number, enabled = true): number {
	const [now, setNow] = useState(() => quantize(clock.now(), resolutionMs));
	useEffect(() => {
		if (!enabled) return undefined;
		let handle: unknown;
		const tick = () => {
			const current = clock.now();
			setNow(quantize(current, resolutionMs));
			// Wake at the next boundary; a timer that fires a little early just schedules the remainder.
			handle = clock.setTimeout(tick, resolutionMs - (current % resolutionMs));
		};
		tick();
		return () => clock.clearTimeout(handle);
	}, [clock, resolutionMs, enabled]);
	return now;
}
