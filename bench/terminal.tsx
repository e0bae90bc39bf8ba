// The TUI mounted as runTui mounts it (same Ink options), on a pretend 200×50 terminal that counts the bytes
// written and notes when each write happened, with a clock frozen inside one minute so no "ago" column or
// clock on screen moves between two frames.
import {EventEmitter} from 'node:events';
import process from 'node:process';
import {render, type Instance} from 'ink';
import type {CutwatchStore} from '../source/store/index.js';
import {App} from '../source/tui/App.js';
import type {Clock} from '../source/tui/context.js';
import {inkOptions} from '../source/tui/run-tui.js';
import {terminalControl} from '../source/tui/terminal/terminal-control.js';
import {TestStdin} from '../test/tui/render-screen.js';

export class FakeTerminal extends EventEmitter {
	readonly isTTY = true;
	bytes = 0;
	writes = 0;
	/** performance.now() of the latest write. */
	lastWriteAt = 0;
	/** process.cpuUsage() (user + system, ms) at the latest write: on a shared machine, the frame's own cost. */
	lastWriteCpuMs = 0;
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write = (chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown) => {
		this.lastWriteAt = performance.now();
		this.lastWriteCpuMs = cpuMs();
		this.writes++;
		this.emit('write');
		this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (typeof done === 'function') done();
		return true;
	};
}

export function cpuMs(): number {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
}

/** Never fires: the screen's minute clock stays on the minute of `at`. */
export function frozenClock(at: number): Clock {
	return {now: () => at, setTimeout: () => undefined, clearTimeout: () => {}};
}

export function mountTui(store: CutwatchStore, terminal: FakeTerminal, clock: Clock): Instance {
	const session = {
		store,
		regions: ['us-east-1'],
		accounts: ['bench'],
		poller: {refreshNow() {}, pause() {}, resume() {}},
	};
	const ui = {color: true, ascii: false, bell: 'failed' as const, title: true};
	// Exactly the options runTui passes.
	return render(<App session={session} ui={ui} control={terminalControl(terminal)} clock={clock} />, {
		stdout: terminal as unknown as NodeJS.WriteStream,
		stdin: new TestStdin() as unknown as NodeJS.ReadStream,
		...inkOptions,
	});
}

/** Lets React and Ink finish what a store change started. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Resolves once `terminal` has been written to after `writes` writes; fails after `timeoutMs`. Waits on the
 * write itself, not by polling, so the wait costs no CPU that the frame's CPU time would be billed for.
 */
export async function nextWrite(terminal: FakeTerminal, writes: number, timeoutMs = 5_000): Promise<void> {
	if (terminal.writes !== writes) return;
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			terminal.off('write', done);
			reject(new Error(`no frame written within ${timeoutMs} ms`));
		}, timeoutMs);
		function done() {
			clearTimeout(timer);
			resolve();
		}
		terminal.once('write', done);
	});
}

/** Waits until nothing more is written for a few turns of the event loop (Ink's trailing throttle included). */
export async function quiet(terminal: FakeTerminal, forMs = 100): Promise<void> {
	let writes = terminal.writes;
	let since = performance.now();
	while (performance.now() - since < forMs) {
		await new Promise((resolve) => setTimeout(resolve, 10));
		if (terminal.writes !== writes) {
			writes = terminal.writes;
			since = performance.now();
		}
	}
}
