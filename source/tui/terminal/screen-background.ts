// --theme auto, decided before Ink takes the screen: the terminal is asked (OSC 11, through tmux too), then
// COLORFGBG, then dark. Nothing is written once the screen is up; the stdin handed to Ink drops a late reply.
import type {Background, ThemeChoice} from '../../config/config.js';
import {realTimers, type Timers} from '../../poller/timers.js';
import {askOuterTerminal, decideBackground, queryBackground, type TerminalInfo} from '../../terminal/index.js';
import {FilteredStdin, type FilterableStdin} from './filtered-stdin.js';

export type ScreenInput = {
	readonly background: Background;
	/** What Ink reads: the real stdin, or it with replies filtered out when the terminal was asked. */
	readonly stdin: NodeJS.ReadStream;
	/** After the screen is given back (or if it never starts): raw mode off, the real stdin let go. */
	dispose(): void;
};

export type BackgroundStreams = {readonly stdin: NodeJS.ReadStream; readonly stdout: {readonly isTTY?: boolean; write(chunk: string): unknown}};

/** `choice` undefined (a caller that did not say, as tests do): dark, nothing asked. */
export async function screenBackground(
	choice: ThemeChoice | undefined,
	streams: BackgroundStreams,
	terminal: TerminalInfo,
	env: NodeJS.ProcessEnv,
	timers: Timers = realTimers,
): Promise<ScreenInput> {
	const {stdin, stdout} = streams;
	const asIs = (background: Background): ScreenInput => ({background, stdin, dispose: () => {}});
	if (choice !== 'auto') return asIs(choice ?? 'dark');
	const source = stdin as unknown as FilterableStdin;
	if (stdin.isTTY !== true || stdout.isTTY !== true || typeof source.setRawMode !== 'function') {
		return asIs(decideBackground(undefined, env['COLORFGBG']).background);
	}
	const answer = await queryBackground(source, stdout, {timers, passthrough: askOuterTerminal(terminal.inTmux, terminal.tmux)});
	const filtered = new FilteredStdin(source, answer.filter, answer.typed);
	return {
		background: decideBackground(answer.reply, env['COLORFGBG']).background,
		// Ink needs only what a ReadStream offers it for input: isTTY, setRawMode, ref/unref and readable reads.
		stdin: filtered as unknown as NodeJS.ReadStream,
		dispose: () => filtered.dispose(),
	};
}
