// What cutwatch needs to know about the terminal for its own writes: inside tmux or not, how tmux is set for
// passthrough and the clipboard (asked once, at start, with a short timeout), and the notification protocol.
import {execFileSync} from 'node:child_process';
import {notifyProtocolFor, type NotifyProtocol} from './notify-sequence.js';
import type {TmuxOptions} from './tmux.js';

export type TerminalInfo = {
	readonly inTmux: boolean;
	readonly tmux: TmuxOptions;
	readonly protocol: NotifyProtocol;
};

export const plainTerminal: TerminalInfo = {inTmux: false, tmux: {}, protocol: 'osc9'};

/** One tmux option's value, or undefined when tmux cannot say (old tmux, no server, not installed). */
function tmuxOption(name: string, env: NodeJS.ProcessEnv): string | undefined {
	try {
		return (
			execFileSync('tmux', ['show-options', '-gqv', name], {env, encoding: 'utf8', timeout: 1000, stdio: ['ignore', 'pipe', 'ignore']}).trim() || undefined
		);
	} catch {
		return undefined;
	}
}

/** `env` is the process's (tmux finds its server through TMUX); `ask` is for tests. */
export function detectTerminal(env: NodeJS.ProcessEnv, ask: (name: string) => string | undefined = (name) => tmuxOption(name, env)): TerminalInfo {
	const inTmux = (env['TMUX'] ?? '') !== '';
	const tmux: TmuxOptions = inTmux ? {allowPassthrough: ask('allow-passthrough'), setClipboard: ask('set-clipboard')} : {};
	return {inTmux, tmux, protocol: notifyProtocolFor(env)};
}
