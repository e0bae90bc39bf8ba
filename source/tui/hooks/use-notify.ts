// --notify: desktop notifications on the operator's machine (OSC 9/777/99, through tmux passthrough) when a
// task fails or stalls, when the run ends, and with `all` when one completes. What to say and when is the
// plan's (source/terminal/notify-plan.ts); this hook feeds it the store's new events and writes what it says.
import {useEffect} from 'react';
import type {Timers} from '../../poller/timers.js';
import {eventsSince, selectCounts, type CutwatchState, type CutwatchStore} from '../../store/index.js';
import {createNotifyPlan, notifySequence, notifyThroughTmux, type NotifyMode, type TerminalInfo} from '../../terminal/index.js';
import type {TerminalControl} from '../terminal/terminal-control.js';

export function useNotify(store: CutwatchStore, mode: NotifyMode, terminal: TerminalInfo, control: Pick<TerminalControl, 'send'>, clock: Timers): void {
	useEffect(() => {
		// Without passthrough tmux swallows these sequences; the help and README say how to turn it on.
		if (mode === 'none' || !notifyThroughTmux(terminal.inTmux, terminal.tmux)) return undefined;
		const plan = createNotifyPlan(mode);
		let lastSeq = store.getState().nextSeq - 1;
		let timer: unknown;
		const flush = () => {
			timer = undefined;
			const message = plan.take(clock.now());
			if (message !== undefined) control.send(notifySequence(message, terminal.protocol, terminal.inTmux));
			const due = plan.dueAt();
			if (due !== undefined) timer = clock.setTimeout(flush, Math.max(0, due - clock.now()));
		};
		const onChange = (state: CutwatchState) => {
			if (state.nextSeq - 1 === lastSeq) return;
			const fresh = eventsSince(state.events, lastSeq);
			lastSeq = state.nextSeq - 1;
			plan.add(fresh, selectCounts(state).active);
			if (timer === undefined) flush();
		};
		const unsubscribe = store.subscribe(onChange);
		return () => {
			unsubscribe();
			if (timer !== undefined) clock.clearTimeout(timer);
		};
	}, [store, mode, terminal, control, clock]);
}
