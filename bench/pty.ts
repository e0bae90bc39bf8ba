// Runs a command on a pseudo-terminal of a chosen size, as a user's terminal (or tmux pane) would: util-linux
// `script` provides the pty, `stty` sizes it, and the command is exec'd so its pid is the shell's. Collects the
// output and reads the process's CPU time from /proc.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import process from 'node:process';

export type PtyOptions = {columns: number; rows: number; env?: NodeJS.ProcessEnv; cwd?: string};

export type PtyProcess = {
	/** performance.now() just before the spawn. */
	readonly spawnedAt: number;
	/** Everything written to the terminal so far, as text. */
	output(): string;
	readonly bytes: number;
	/** performance.now() when `text` first appeared in the output; rejects after `timeoutMs` or if it exits first. */
	waitFor(text: string, timeoutMs: number): Promise<number>;
	/** The command's own pid (the process inside the pty). */
	pid(): number;
	/** SIGTERM to the command (it shuts down as on a closed terminal), then waits for the pty to close. */
	stop(): Promise<void>;
};

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export function hasScript(): boolean {
	return spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;
}

export function spawnInPty(command: readonly string[], options: PtyOptions): PtyProcess {
	const inner = `stty cols ${options.columns} rows ${options.rows} && exec ${command.map(quote).join(' ')}`;
	const spawnedAt = performance.now();
	// stdin stays an open pipe: `script` ends the session when its input closes.
	const child: ChildProcess = spawn('script', ['-qfec', inner, '/dev/null'], {
		stdio: ['pipe', 'pipe', 'pipe'],
		cwd: options.cwd,
		env: {...(options.env ?? process.env), SHELL: '/bin/sh'},
	});
	const chunks: Buffer[] = [];
	let bytes = 0;
	let text = '';
	let exited = false;
	const waiters = new Set<() => void>();
	const wake = () => {
		for (const waiter of waiters) waiter();
	};
	child.stdout!.on('data', (chunk: Buffer) => {
		chunks.push(chunk);
		bytes += chunk.length;
		text += chunk.toString('utf8');
		wake();
	});
	child.stderr!.resume();
	const closed = new Promise<void>((resolve) => {
		child.on('close', () => {
			exited = true;
			wake();
			resolve();
		});
	});

	let innerPid: number | undefined;
	const pid = () => {
		if (innerPid !== undefined) return innerPid;
		const found = childrenOf(child.pid!);
		if (found.length !== 1) throw new Error(`expected one process under script (pid ${child.pid}), found ${found.length}`);
		innerPid = found[0]!;
		return innerPid;
	};

	return {
		spawnedAt,
		output: () => text,
		get bytes() {
			return bytes;
		},
		waitFor(wanted, timeoutMs) {
			return new Promise<number>((resolve, reject) => {
				const check = () => {
					if (text.includes(wanted)) {
						done();
						resolve(performance.now());
					} else if (exited) {
						done();
						reject(new Error(`exited before "${wanted}" appeared; output:\n${text.slice(-2000)}`));
					}
				};
				const timer = setTimeout(() => {
					done();
					reject(new Error(`"${wanted}" did not appear within ${timeoutMs} ms; output:\n${text.slice(-2000)}`));
				}, timeoutMs);
				const done = () => {
					clearTimeout(timer);
					waiters.delete(check);
				};
				waiters.add(check);
				check();
			});
		},
		pid,
		async stop() {
			if (!exited) {
				try {
					process.kill(pid(), 'SIGTERM');
				} catch {
					// Already gone.
				}
			}
			const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
			if ((await Promise.race([closed, timeout])) === 'timeout') {
				for (const target of [innerPid, child.pid]) {
					if (target === undefined) continue;
					try {
						process.kill(target, 'SIGKILL');
					} catch {
						// Already gone.
					}
				}
				await closed;
			}
			child.stdin!.destroy();
		},
	};
}

function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

let clockTicks: number | undefined;
/** Kernel clock ticks per second (the unit of utime/stime in /proc/PID/stat). */
export function ticksPerSecond(): number {
	if (clockTicks === undefined) {
		const answer = spawnSync('getconf', ['CLK_TCK'], {encoding: 'utf8'});
		const value = Number(answer.stdout?.trim());
		clockTicks = Number.isFinite(value) && value > 0 ? value : 100;
	}
	return clockTicks;
}

/** CPU time (user + system, all threads) the process has used so far, in ms. */
export function cpuMs(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const utime = Number(fields[11]);
	const stime = Number(fields[12]);
	return ((utime + stime) * 1000) / ticksPerSecond();
}

/** Resident set size of the process now, in MiB. */
export function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
	if (!match) throw new Error(`no VmRSS for ${pid}`);
	return Number(match[1]) / 1024;
}

/**
 * The environment a user's shell gives cutwatch: a UTF-8 256-colour terminal, and no NODE_ENV (the bench's own
 * setting must not decide which React build the CLI runs).
 */
export function terminalEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8'};
	delete env['NODE_ENV'];
	delete env['NO_COLOR'];
	delete env['FORCE_COLOR'];
	return env;
}

/** Ink's first write on a real terminal: cutwatch took the screen (full-screen TUI), not line mode. */
export const enterAlternateScreen = '\u001b[?1049h';
