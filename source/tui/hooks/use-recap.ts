// When the operator comes back — a key after five minutes without one, or the terminal's focus-in report
// (CSI ? 1004 h, which runTui turns on around the screen; tmux forwards it with `focus-events on`) — a banner says what happened meanwhile, until
// the next key. `w` shows it on demand. It reads the minute clock only: no timer of its own.
import {useStdin} from 'ink';
import {useEffect, useEffectEvent, useRef, useState} from 'react';
import type {CutwatchStore} from '../../store/index.js';
import type {Clock} from '../context.js';
import {recapText} from '../text/recap.js';

export const awayAfterMs = 5 * 60_000;
export const focusReporting = {on: '\u001b[?1004h', off: '\u001b[?1004l'} as const;
/** The terminal's focus reports. Ink drops them before useInput, so they are read beside Ink: a 'data' listener
 * next to Ink's 'readable' one sees each chunk Ink reads, without taking it. */
const focusIn = '\u001b[I';
const focusOut = '\u001b[O';

export type Recap = {
	/** The banner's window starts here; undefined while no banner is up. */
	readonly since: number | undefined;
	/** Called with every key before the keys see it; true: it was the key that woke the banner. */
	onInput(input: string): boolean;
	/** `w`: the banner since the last return (or since the start). */
	show(): void;
};

export function useRecap(store: CutwatchStore, clock: Clock, separator: string): Recap {
	const [since, setSince] = useState<number | undefined>(undefined);
	const shown = useRef<number | undefined>(undefined);
	const lastKey = useRef(clock.now());
	const focusOutAt = useRef<number | undefined>(undefined);
	const lastReturn = useRef(clock.now());
	const {stdin} = useStdin();
	const open = (from: number, now: number): boolean => {
		const {events, sourceEvents} = store.getState();
		if (recapText({events, sourceEvents, since: from, now, separator}) === '') return false;
		lastReturn.current = from;
		shown.current = from;
		setSince(from);
		return true;
	};
	const close = () => {
		shown.current = undefined;
		setSince(undefined);
	};
	// Reads this render's `open` (clock, store, separator) from a listener added once.
	const onFocus = useEffectEvent((text: string) => {
		const now = clock.now();
		if (text.includes(focusOut)) focusOutAt.current = now;
		if (text.includes(focusIn)) {
			if (shown.current === undefined) open(focusOutAt.current ?? lastKey.current, now);
			focusOutAt.current = undefined;
		}
	});
	useEffect(() => {
		const onData = (chunk: string | Buffer) => onFocus(String(chunk));
		stdin.on('data', onData);
		return () => void stdin.off('data', onData);
	}, [stdin]);
	return {
		since,
		onInput(_input) {
			const now = clock.now();
			const away = now - lastKey.current >= awayAfterMs;
			const from = lastKey.current;
			lastKey.current = now;
			if (shown.current !== undefined) close();
			// The key that brings the operator back also shows what they missed; it still does what it does.
			else if (away) open(from, now);
			return false;
		},
		show() {
			open(lastReturn.current, clock.now());
		},
	};
}
