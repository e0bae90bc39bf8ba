// The full-screen TUI's entry point. Ink owns the terminal from render to unmount: alternate screen, hidden
// cursor, raw keys, frames written incrementally at a bounded rate. Nothing else writes to the terminal
// meanwhile except the bell and the title (terminal-control.ts), which do not move the cursor; what libraries
// would print is held back (quiet-terminal.ts), shown in the event log, and printed once the screen is given back.
import {focusReporting} from './hooks/use-recap.js';
import process from 'node:process';
import {render} from 'ink';
import type {Session} from '../session/session.js';
import type {UiOptions} from '../config/config.js';
import {exitCodes} from '../config/usage-error.js';
import type {CutwatchStore} from '../store/index.js';
import {detectTerminal} from '../terminal/index.js';
import {App} from './App.js';
import {heldLine, quietTerminal} from './terminal/quiet-terminal.js';
import {screenBackground} from './terminal/screen-background.js';
import {keepAttributes} from './terminal/attributes.js';
import {terminalControl} from './terminal/terminal-control.js';

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

export type TuiStreams = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	/** Where held-back library output goes after exit; process.stderr unless given. */
	stderr?: NodeJS.WritableStream;
};

/**
 * Ink restores the terminal on a fatal signal through signal-exit, which re-raises the signal (killing the
 * process before our own shutdown runs) when it finds no other listener, as it does once a `process.once`
 * handler has fired. While the screen is up, these listeners keep that from happening; the caller has
 * turned the signals into `signal`, which unmounts cleanly and lets runTui return.
 */
const fatalSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const keepAlive = () => {};

/** Shows the session until quit or `signal`; the caller runs its polling (main.ts starts it first). */
export async function runTui(session: Session, ui: UiOptions, streams: TuiStreams, signal: AbortSignal): Promise<number> {
	if (signal.aborted) return exitCodes.ok;
	for (const name of fatalSignals) process.on(name, keepAlive);
	let held = 0;
	const release = quietTerminal((message) => {
		held++;
		// Not from inside a render (React's own console.error): the store update waits for the current task.
		queueMicrotask(() => session.store.getState().addNotice({...message, at: Date.now()}));
	});
	// Asked before Ink takes the screen: tmux's options decide how copies and notifications get out, and
	// --theme auto asks the terminal for its background (a few ms; at most backgroundTimeoutMs).
	const terminal = detectTerminal(process.env);
	// Without colour the palette is moot: nothing is asked.
	const input = await screenBackground(ui.color ? ui.theme : 'dark', streams, terminal, process.env);
	if (signal.aborted) {
		// Interrupted while the terminal was being asked: no screen to take or give back.
		input.dispose();
		release();
		for (const name of fatalSignals) process.off(name, keepAlive);
		return exitCodes.ok;
	}
	const screenUi: UiOptions = {...ui, theme: input.background};
	keepAttributes(ui.color, streams.stdout);
	const app = (
		<App session={session} ui={screenUi} control={terminalControl(streams.stdout)} terminal={terminal} cutoverWhenSettled={session.simulator !== undefined} />
	);
	const instance = render(app, {
		stdout: streams.stdout,
		stdin: input.stdin,
		...inkOptions,
	});
	// Focus reports (use-recap.ts) while the screen is up: a mode, nothing drawn.
	streams.stdout.write(focusReporting.on);
	const onAbort = () => instance.unmount();
	signal.addEventListener('abort', onAbort, {once: true});
	try {
		// Resolves after Ink has restored the screen: primary buffer back, cursor shown, raw mode off.
		await instance.waitUntilExit();
	} finally {
		signal.removeEventListener('abort', onAbort);
		for (const name of fatalSignals) process.off(name, keepAlive);
		release();
		input.dispose();
		streams.stdout.write(focusReporting.off);
	}
	reportHeld(session.store, held, streams.stderr ?? process.stderr);
	return exitCodes.ok;
}

/** Once the screen is back: what was held, one line each (the store keeps the newest 50). */
function reportHeld(store: CutwatchStore, held: number, stderr: NodeJS.WritableStream): void {
	const notices = store.getState().notices;
	if (held > notices.length) stderr.write(`cutwatch: ${held - notices.length} earlier messages from libraries were dropped while the screen was up\n`);
	for (const notice of notices) stderr.write(`cutwatch: held while the screen was up: ${heldLine(notice.text)}\n`);
}
