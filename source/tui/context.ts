// What every component may reach without prop drilling: the store (read through selectors), the theme and
// the clock. Components get nothing else: no poller, no AWS, no streams.
import {createContext, useContext} from 'react';
import {useStore} from 'zustand';
import type {Timers} from '../poller/timers.js';
import type {CutwatchState, CutwatchStore} from '../store/index.js';
import {createTheme, type Theme} from './theme.js';

export const StoreContext = createContext<CutwatchStore | undefined>(undefined);
export const ThemeContext = createContext<Theme>(createTheme({color: true, ascii: false}));

export function useCutwatchStore(): CutwatchStore {
	const store = useContext(StoreContext);
	if (!store) throw new Error('cutwatch UI: components must render inside <App> (no store in context)');
	return store;
}

/** Subscribes to one selected value; the component re-renders only when that value changes (Object.is). */
export function useCutwatch<T>(selector: (state: CutwatchState) => T): T {
	return useStore(useCutwatchStore(), selector);
}

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

export type Clock = Timers;

/** The screen's clocks: `minute` always ticks (ages, ETAs); `second` only while a countdown is on screen. */
export type Now = {readonly minute: number; readonly second: number};
export const NowContext = createContext<Now>({minute: 0, second: 0});

/** --deadline's time (epoch ms): rows projected past it are marked. */
export const DeadlineContext = createContext<number | undefined>(undefined);
