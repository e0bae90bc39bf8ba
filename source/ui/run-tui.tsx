// The full-screen TUI's entry point. Ink owns the terminal from render to unmount: alternate screen, hidden
// cursor, raw keys, frames written incrementally at a bounded rate. Nothing else writes to the terminal
// meanwhile except the bell and the title (terminal-control.ts), which do not move the cursor.
import process from 'node:process';
import {render} from 'ink';
import type {Session} from '../app/session.js';
import type {UiFlags} from '../cli/config.js';
import {exitCodes} from '../cli/usage-error.js';
import {detectTerminal} from '../terminal/index.js';
import {App} from './App.js';
import {terminalControl} from './terminal-control.js';

/** Frames per second at most: smooth scrolling while a key repeats, few bytes over SSH. */
export const maxFps = 15;

/** How Ink runs the screen; the bench renders with exactly these. */
export const inkOptions = {
	// The app handles q and Ctrl-C itself (and SIGINT/SIGTERM/SIGHUP arrive as `signal`).
	exitOnCtrlC: false,
	// Nothing may write around Ink; console output would tear the frame, and patching it hides bugs.
	patchConsole: false,
	incrementalRendering: true,
	maxFps,
	alternateScreen: true,
	// Only reached with a terminal on stdout; CI detection must not turn the screen into a final dump.
	interactive: true,
} as const;

export type TuiStreams = {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream};

/**
 * Ink restores the terminal on a fatal signal through signal-exit, which re-raises the signal (killing the
 * process before our own shutdown runs) when it finds no other listener, as it does once a `process.once`
 * handler has fired. While the screen is up, these listeners keep that from happening; the caller has
 * turned the signals into `signal`, which unmounts cleanly and lets runTui return.
 */
const fatalSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const keepAlive = () => {};

export async function runTui(session: Session, ui: UiFlags, streams: TuiStreams, signal: AbortSignal): Promise<number> {
	if (signal.aborted) return exitCodes.ok;
	session.poller.start();
	for (const name of fatalSignals) process.on(name, keepAlive);
	// Asked before Ink takes the screen: tmux's options decide how copies and notifications get out.
	const terminal = detectTerminal(process.env);
	const app = <App session={session} ui={ui} control={terminalControl(streams.stdout)} terminal={terminal} cutoverWhenSettled={session.simulator !== undefined} />;
	const instance = render(app, {
		stdout: streams.stdout,
		stdin: streams.stdin,
		...inkOptions,
	});
	const onAbort = () => instance.unmount();
	signal.addEventListener('abort', onAbort, {once: true});
	try {
		// Resolves after Ink has restored the screen: primary buffer back, cursor shown, raw mode off.
		await instance.waitUntilExit();
	} finally {
		signal.removeEventListener('abort', onAbort);
		for (const name of fatalSignals) process.off(name, keepAlive);
	}
	return exitCodes.ok;
}
