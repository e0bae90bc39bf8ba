// The only bytes cutwatch writes around Ink while it owns the screen: BEL, the window title, and the clipboard
// and notification sequences built (and sanitised) in source/terminal/. None moves the cursor, so Ink's
// incremental frames stay in step. Title text is ours (counts), never AWS data.
import {stripControls} from '../../format/sanitize.js';

export type TerminalControl = {
	bell(): void;
	/** Saves the terminal's title so restoreTitle can put it back (xterm title stack). */
	saveTitle(): void;
	setTitle(title: string): void;
	restoreTitle(): void;
	/** One of cutwatch's own escape sequences (OSC 52, OSC 9/777/99), already encoded by source/terminal/. */
	send(sequence: string): void;
};

export function terminalControl(stdout: {write(chunk: string): unknown}): TerminalControl {
	return {
		bell: () => void stdout.write('\u0007'),
		saveTitle: () => void stdout.write('\u001b[22;0t'),
		// OSC 2 (window title; tmux takes it as the pane title), BEL-terminated for the widest support.
		setTitle: (title) => void stdout.write(`\u001b]2;${stripControls(title)}\u0007`),
		restoreTitle: () => void stdout.write('\u001b[23;0t'),
		send: (sequence) => void stdout.write(sequence),
	};
}
