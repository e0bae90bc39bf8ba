// tmux's own clipboard path: `tmux load-buffer -w -` stores the text in a paste buffer and, as set-clipboard
// allows, sends it to the outer terminal's clipboard itself. Used when allow-passthrough is off.
import {execFile} from 'node:child_process';
import process from 'node:process';

export type TmuxBufferLoader = (text: string) => Promise<boolean>;

/** Resolves false when tmux is not there or refuses; never throws. `env` carries TMUX (which server). */
export const loadTmuxBuffer = (text: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> =>
	new Promise((resolve) => {
		const child = execFile('tmux', ['load-buffer', '-w', '-'], {env, timeout: 2000}, (error) => resolve(error === null));
		child.stdin?.end(text);
	});
