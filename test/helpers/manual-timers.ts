// A hand-driven clock for the poller: timers fire only when a test advances time, so schedules, backoff
// and jitter are asserted exactly, with no sleeps.
import type {Timers} from '../../source/poller/timers.js';

type Pending = {id: number; at: number; callback: () => void};

export type ManualTimers = Timers & {
	/** Moves the clock to the next due timer and fires it; returns the delay advanced, or undefined if none. */
	next(): number | undefined;
	/** Advances by ms, firing every timer due on the way, in order. */
	advance(ms: number): void;
	readonly pending: number;
	/** Delays of the timers currently pending, from now. */
	delays(): number[];
};

export function createManualTimers(start = Date.UTC(2026, 10, 23, 12)): ManualTimers {
	let now = start;
	let nextId = 1;
	const pending: Pending[] = [];
	const fire = (timer: Pending) => {
		pending.splice(pending.indexOf(timer), 1);
		now = Math.max(now, timer.at);
		timer.callback();
	};
	const earliest = () => pending.reduce<Pending | undefined>((a, b) => (a === undefined || b.at < a.at ? b : a), undefined);
	return {
		now: () => now,
		setTimeout(callback, ms) {
			const timer = {id: nextId++, at: now + Math.max(0, ms), callback};
			pending.push(timer);
			return timer.id;
		},
		clearTimeout(handle) {
			const index = pending.findIndex((timer) => timer.id === handle);
			if (index >= 0) pending.splice(index, 1);
		},
		next() {
			const timer = earliest();
			if (!timer) return undefined;
			const delay = timer.at - now;
			fire(timer);
			return delay;
		},
		advance(ms) {
			const until = now + ms;
			for (let timer = earliest(); timer && timer.at <= until; timer = earliest()) fire(timer);
			now = until;
		},
		get pending() {
			return pending.length;
		},
		delays: () => pending.map((timer) => timer.at - now).sort((a, b) => a - b),
	};
}
