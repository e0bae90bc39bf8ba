// y, Y and m: what to put on the clipboard for the selected task, how to get it there, and the one line the
// screen says about it. The encoding (and sanitising) is source/terminal/osc52.ts; this only decides.
import {taskRecord} from '../../outputs/task-record.js';
import type {CutwatchData, TrackedTask} from '../../store/index.js';
import {clipboardLimitBytes, clipboardPayload, clipboardRoute, osc52, type TerminalInfo} from '../../terminal/index.js';
import {sanitize, terminalSafeJson} from '../../format/sanitize.js';
import {formatCount} from '../hooks/units.js';

export type CopyWhat = 'id' | 'record' | 'reason';

export type CopyResult = {
	/** Bytes to write to the terminal (OSC 52); undefined when nothing is copied that way. */
	readonly sequence?: string | undefined;
	/** Text for `tmux load-buffer -w -` (tmux's set-clipboard path). */
	readonly tmuxBuffer?: string | undefined;
	/** What the screen says: what was copied and how many bytes, or why nothing was. */
	readonly notice: string;
};

const routeNames = {direct: 'OSC 52', 'tmux-passthrough': 'OSC 52 through tmux passthrough', 'tmux-set-clipboard': "tmux's set-clipboard (load-buffer -w)"};

export function copyTask(
	state: CutwatchData,
	tracked: TrackedTask | undefined,
	what: CopyWhat,
	terminal: TerminalInfo,
	enabled: boolean,
	now: number,
): CopyResult {
	if (!tracked) return {notice: 'nothing copied: no task selected'};
	const route = clipboardRoute(terminal.inTmux, terminal.tmux, enabled);
	if (route === 'off') {
		return {
			notice: enabled
				? "nothing copied: tmux's set-clipboard and allow-passthrough are off (tmux set -g set-clipboard on)"
				: 'nothing copied: the clipboard is off (--no-clipboard)',
		};
	}
	const {task} = tracked;
	let text: string;
	let label: string;
	if (what === 'id') {
		text = task.id;
		label = `id ${sanitize(task.id)}`;
	} else if (what === 'record') {
		text = terminalSafeJson(taskRecord(state, tracked, now), 2);
		label = `record of ${sanitize(task.id)} as JSON`;
	} else {
		if (task.category !== 'failed' || !task.message) return {notice: `nothing copied: ${sanitize(task.id)} has no failure reason`};
		text = task.message;
		label = `failure reason of ${sanitize(task.id)}`;
	}
	const payload = clipboardPayload(text);
	const cut = payload.truncated ? `, cut to ${formatCount(clipboardLimitBytes)} bytes (terminals drop larger copies)` : '';
	const notice = `copied ${label}: ${formatCount(payload.bytes)} bytes via ${routeNames[route]}${cut}`;
	if (route === 'tmux-set-clipboard') return {tmuxBuffer: payload.text, notice};
	return {sequence: osc52(text, route).sequence, notice};
}
