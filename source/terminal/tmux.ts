// tmux: a sequence meant for the outer terminal goes through tmux's passthrough (DCS tmux; … ST, every ESC
// inside doubled) when allow-passthrough is on. Whether it is, and how set-clipboard is set, is asked of tmux
// once at start (see terminal-env.ts); the decisions here are pure.
import type {ClipboardRoute} from './osc52.js';

export function tmuxPassthrough(sequence: string): string {
	return `\u001bPtmux;${sequence.replace(/\u001b/g, '\u001b\u001b')}\u001b\\`;
}

export type TmuxOptions = {
	/** `allow-passthrough`: on, all or off (tmux ≥ 3.3; older tmux passes through always). */
	readonly allowPassthrough?: string | undefined;
	/** `set-clipboard`: on, external (tmux's default) or off. */
	readonly setClipboard?: string | undefined;
};

export function clipboardRoute(inTmux: boolean, tmux: TmuxOptions, enabled: boolean): ClipboardRoute {
	if (!enabled) return 'off';
	if (!inTmux) return 'direct';
	if (tmux.allowPassthrough === 'on' || tmux.allowPassthrough === 'all') return 'tmux-passthrough';
	if (tmux.setClipboard === 'on' || tmux.setClipboard === 'external') return 'tmux-set-clipboard';
	return 'off';
}

/** Notifications have no tmux path of their own: they need passthrough. */
export function notifyThroughTmux(inTmux: boolean, tmux: TmuxOptions): boolean {
	return !inTmux || tmux.allowPassthrough === 'on' || tmux.allowPassthrough === 'all';
}

/**
 * A question for the outer terminal (OSC 11) goes through passthrough as well as to tmux: tmux ≥ 3.4 answers
 * it itself, older tmux only forwards it, which needs passthrough on.
 */
export function askOuterTerminal(inTmux: boolean, tmux: TmuxOptions): boolean {
	return inTmux && (tmux.allowPassthrough === 'on' || tmux.allowPassthrough === 'all');
}
