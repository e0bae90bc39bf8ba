// Renders the TUI at a pinned terminal size, as ink-testing-library does but with rows and columns of our
// choosing (ink-testing-library 4 fixes columns at 100 and has no rows), and records what the app writes
// around Ink (bell, title). Frames come from Ink's debug mode: every write is one whole frame.
import {EventEmitter} from 'node:events';
import {render, type Instance} from 'ink';
import type {UiOptions} from '../../source/config/config.js';
import type {CutwatchStore} from '../../source/store/index.js';
import type {Clock} from '../../source/tui/context.js';
import {App} from '../../source/tui/App.js';
import {maxFps} from '../../source/tui/run-tui.js';
import type {TerminalControl} from '../../source/tui/terminal/terminal-control.js';
import type {TerminalInfo} from '../../source/terminal/index.js';
import {createManualTimers, type ManualTimers} from '../helpers/manual-timers.js';
import {t0} from './fixtures.js';

export class TestStdout extends EventEmitter {
	frames: string[] = [];
	/** Every byte written, for byte budgets. */
	bytes = 0;
	constructor(
		public columns: number,
		public rows: number,
		public isTTY = false,
	) {
		super();
	}
	write = (chunk: string, callback?: () => void) => {
		this.frames.push(chunk);
		this.bytes += Buffer.byteLength(chunk);
		callback?.();
		return true;
	};
	lastFrame = () => this.frames.at(-1) ?? '';
	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

export class TestStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
	}
	read = () => {
		const data = this.data;
		this.data = null;
		// As a real stream does while a 'readable' listener controls it: what read() returns is also 'data'.
		if (data !== null) this.emit('data', data);
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	ref() {}
	unref() {}
	resume() {}
	pause() {}
}

export type ControlLog = TerminalControl & {bells: number; titles: string[]; saved: number; restored: number; sent: string[]};

export function recordControl(): ControlLog {
	const log: ControlLog = {
		bells: 0,
		titles: [],
		saved: 0,
		restored: 0,
		sent: [],
		send: (sequence) => void log.sent.push(sequence),
		bell: () => void log.bells++,
		saveTitle: () => void log.saved++,
		setTitle: (title) => void log.titles.push(title),
		restoreTitle: () => void log.restored++,
	};
	return log;
}

export type PollerLog = {refreshes: number; refreshNow(): void; pause(): void; resume(): void};

/** A poller stand-in that does what the real one does to the store when paused/resumed. */
export function recordPoller(store: CutwatchStore): PollerLog {
	const log: PollerLog = {
		refreshes: 0,
		refreshNow: () => void log.refreshes++,
		pause: () => store.getState().setPaused(true),
		resume: () => store.getState().setPaused(false),
	};
	return log;
}

/** The terminal sizes the screen is tested at: large, the 3 a.m. tmux pane, the classic terminal, the minimum. */
export const screenSizes = [
	[200, 50],
	[120, 40],
	[80, 24],
	[60, 15],
] as const;

export const keys = {
	up: '\u001b[A',
	down: '\u001b[B',
	pageUp: '\u001b[5~',
	pageDown: '\u001b[6~',
	home: '\u001b[H',
	end: '\u001b[F',
	tab: '\t',
	shiftTab: '\u001b[Z',
	enter: '\r',
	escape: '\u001b',
	backspace: '\u007f',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
} as const;

export type Screen = {
	store: CutwatchStore;
	stdout: TestStdout;
	stdin: TestStdin;
	control: ControlLog;
	poller: PollerLog;
	clock: ManualTimers;
	quits: number;
	instance: Instance;
	/** The latest frame as lines. */
	lines(): string[];
	frame(): string;
	/** Sends input and lets React and Ink settle. */
	press(...inputs: string[]): Promise<void>;
	/** Resolves when the frame satisfies `condition`; fails after `timeoutMs` (no fixed sleeps). */
	waitFor(condition: (frame: string) => boolean, timeoutMs?: number): Promise<void>;
	unmount(): void;
};

export type RenderOptions = {
	columns: number;
	rows: number;
	ui?: Partial<UiOptions>;
	clock?: ManualTimers;
	/** A real poller (a demo session's) instead of the recording stand-in. */
	poller?: Pick<import('../../source/poller/poller.js').Poller, 'refreshNow' | 'pause' | 'resume'>;
	regions?: readonly string[];
	accounts?: readonly string[];
	/** tmux and the notification protocol, as runTui would detect them. */
	terminal?: TerminalInfo;
	/** As runTui sets it in --demo: open the cutover view when the last active task finishes. */
	cutoverWhenSettled?: boolean;
	/** Records `tmux load-buffer -w` instead of running tmux. */
	tmuxBuffer?: (text: string) => Promise<boolean>;
	/**
	 * Render as runTui does on a real terminal (incremental, throttled to maxFps) instead of Ink's debug
	 * mode: writes are then diffs, for byte budgets, and frame() is not a whole frame.
	 */
	interactive?: boolean;
	/** The stdin keys are written to (press()); a fresh one unless given. */
	stdin?: TestStdin;
	/** What Ink reads, when not `stdin` itself: as runTui hands it a FilteredStdin over the real one. */
	inkStdin?: NodeJS.ReadStream;
};

export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function renderScreen(store: CutwatchStore, options: RenderOptions): Screen {
	const stdout = new TestStdout(options.columns, options.rows, options.interactive === true);
	const stdin = options.stdin ?? new TestStdin();
	const control = recordControl();
	const poller = recordPoller(store);
	const clock = options.clock ?? createManualTimers(t0);
	const ui: UiOptions = {color: false, ascii: false, bell: 'failed', title: true, ...options.ui};
	const screen = {quits: 0} as Screen;
	const instance = render(
		<App
			session={{store, poller: options.poller ?? poller, regions: options.regions ?? ['us-east-1'], accounts: options.accounts ?? ['prod']}}
			ui={ui}
			control={control}
			clock={clock as Clock}
			onQuit={() => screen.quits++}
			{...(options.terminal ? {terminal: options.terminal} : {})}
			cutoverWhenSettled={options.cutoverWhenSettled === true}
			tmuxBuffer={options.tmuxBuffer ?? (async () => false)}
		/>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: stdout as unknown as NodeJS.WriteStream,
			stdin: options.inkStdin ?? (stdin as unknown as NodeJS.ReadStream),
			exitOnCtrlC: false,
			patchConsole: false,
			...(options.interactive ? {interactive: true, incrementalRendering: true, maxFps} : {debug: true}),
		},
	);
	const waitFor = async (condition: (frame: string) => boolean, timeoutMs = 2000) => {
		const deadline = Date.now() + timeoutMs;
		while (!condition(stdout.lastFrame())) {
			if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last frame:\n${stdout.lastFrame()}`);
			await settle();
		}
	};
	return Object.assign(screen, {
		store,
		stdout,
		stdin,
		control,
		poller,
		clock,
		instance,
		frame: () => stdout.lastFrame(),
		lines: () => stdout.lastFrame().split('\n'),
		async press(...inputs: string[]) {
			for (const input of inputs) {
				stdin.write(input);
				await settle();
			}
		},
		waitFor,
		unmount: () => instance.unmount(),
	});
}
