// y, Y, m: copies the selected task's id, record or failure reason (the decision is copy-task.ts, the bytes
// source/terminal/), and keeps the one line that says what was copied, or why not, for ten seconds.
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Timers} from '../../poller/timers.js';
import {selectSelectedTask, type CutwatchStore} from '../../store/index.js';
import type {TerminalInfo, TmuxBufferLoader} from '../../terminal/index.js';
import {copyTask, type CopyWhat} from '../text/copy-task.js';
import type {TerminalControl} from '../terminal/terminal-control.js';

export type CopyContext = {
	readonly store: CutwatchStore;
	readonly terminal: TerminalInfo;
	/** false with --no-clipboard. */
	readonly enabled: boolean;
	readonly control: Pick<TerminalControl, 'send'>;
	readonly clock: Timers;
	readonly tmuxBuffer: TmuxBufferLoader;
};

const noticeMs = 10_000;

export function useCopy({store, terminal, enabled, control, clock, tmuxBuffer}: CopyContext): {notice: string | undefined; copy(what: CopyWhat): void} {
	const [notice, setNotice] = useState<string>();
	const timer = useRef<unknown>(undefined);
	const copy = useCallback(
		(what: CopyWhat) => {
			const state = store.getState();
			const result = copyTask(state, selectSelectedTask(state, state.view.focusedPane), what, terminal, enabled, clock.now());
			if (result.sequence !== undefined) control.send(result.sequence);
			if (result.tmuxBuffer !== undefined) {
				void tmuxBuffer(result.tmuxBuffer).then((ok) => {
					if (!ok) setNotice('nothing copied: tmux load-buffer failed');
				});
			}
			setNotice(result.notice);
			if (timer.current !== undefined) clock.clearTimeout(timer.current);
			timer.current = clock.setTimeout(() => setNotice(undefined), noticeMs);
		},
		[store, terminal, enabled, control, clock, tmuxBuffer],
	);
	useEffect(() => () => void (timer.current !== undefined && clock.clearTimeout(timer.current)), [clock]);
	return {notice, copy};
}
