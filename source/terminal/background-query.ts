// Asks the terminal for its background colour before the screen starts: OSC 11, then a device-attributes
// query as a sentinel (terminals answer in order, so once its reply is in, no OSC 11 answer is coming and
// there is no need to wait out the timeout). Inside tmux, tmux ≥ 3.4 answers OSC 11 itself (the pane's
// colour, else the outer terminal's, asked at attach); older tmux does not, so with allow-passthrough on the
// query also goes to the outer terminal wrapped in DCS passthrough. That answer comes after tmux's own
// device-attributes reply, so then only the OSC 11 answer or the timeout ends the wait.
import type {Timers} from '../poller/timers.js';
import {backgroundQuery, deviceAttributesQuery} from './background.js';
import {createReplyFilter, type ReplyFilter} from './replies.js';
import {tmuxPassthrough} from './tmux.js';

/** How long the terminal gets to answer: unnoticeable at start, enough for a terminal across a LAN. */
export const backgroundTimeoutMs = 200;

/** What the query needs of stdin: raw mode and paused-mode reads (as Ink reads it too). */
export type QueryInput = {
	readonly isTTY?: boolean | undefined;
	setRawMode?(mode: boolean): unknown;
	setEncoding?(encoding: BufferEncoding): unknown;
	read(): string | Buffer | null;
	on(event: 'readable', listener: () => void): unknown;
	off(event: 'readable', listener: () => void): unknown;
};

export type BackgroundAnswer = {
	/** The colour spec the terminal answered with (`rgb:…`), or undefined if it did not within the timeout. */
	readonly reply: string | undefined;
	/** Keys typed while the query was out: they belong to the screen. */
	readonly typed: string;
	/** Still watching the input for replies: hand it on with the rest of the input, so a late answer is dropped too. */
	readonly filter: ReplyFilter;
};

export type QueryOptions = {
	readonly timers: Timers;
	/** tmux with allow-passthrough on: also ask the outer terminal. */
	readonly passthrough: boolean;
	readonly timeoutMs?: number;
};

/**
 * Leaves stdin in raw mode, its 'readable' listener removed: the screen takes it next, and a late answer
 * arriving in between must not be echoed by the terminal driver.
 */
export function queryBackground(stdin: QueryInput, stdout: {write(chunk: string): unknown}, options: QueryOptions): Promise<BackgroundAnswer> {
	const {timers, passthrough, timeoutMs = backgroundTimeoutMs} = options;
	return new Promise((resolve) => {
		let reply: string | undefined;
		let sentinel = false;
		let typed = '';
		const filter = createReplyFilter((answer) => {
			if (answer.kind === 'device-attributes') sentinel = true;
			else if (answer.code === 11 && reply === undefined) reply = answer.payload;
		});
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			timers.clearTimeout(timer);
			stdin.off('readable', onReadable);
			resolve({reply, typed, filter});
		};
		const onReadable = () => {
			let chunk: string | Buffer | null;
			while (!done && (chunk = stdin.read()) !== null) {
				typed += filter.push(String(chunk));
				if (reply !== undefined || (sentinel && !passthrough)) finish();
			}
		};
		const timer = timers.setTimeout(finish, timeoutMs);
		stdin.setEncoding?.('utf8');
		stdin.setRawMode?.(true);
		stdin.on('readable', onReadable);
		stdout.write(backgroundQuery + (passthrough ? tmuxPassthrough(backgroundQuery) : '') + deviceAttributesQuery);
	});
}
