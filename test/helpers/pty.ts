// Runs a command on a real pseudo-terminal, as a user's terminal or an SSH session would: util-linux `script`
// provides the pty (and passes our writes on as typed keys), `stty` sizes it. Everything the command writes
// to the terminal, stdout and stderr alike, comes back as raw bytes, escape sequences included.
import {spawn, spawnSync} from 'node:child_process';
import process from 'node:process';

export type Pty = {
	/** Everything written to the terminal so far. */
	output(): string;
	/** Sends bytes as the keyboard would: one write, so the command reads them together. */
	type(bytes: string): void;
	/** Resolves with the output once it matches; rejects after `timeoutMs` or if the command exits first. */
	waitFor(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
	/** The command's exit code; rejects after `timeoutMs`. */
	exited(timeoutMs?: number): Promise<number | null>;
	/** Kills it if still running (for t.after). */
	kill(): void;
};

export function hasScript(): boolean {
	return spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export function spawnPty(command: readonly string[], options: {columns?: number; rows?: number; env: NodeJS.ProcessEnv}): Pty {
	const inner = `stty cols ${options.columns ?? 100} rows ${options.rows ?? 30} && exec ${command.map(quote).join(' ')}`;
	// stdin stays an open pipe: `script` ends the session when its input closes. -e: its exit code is the command's.
	const child = spawn('script', ['-qfec', inner, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe'], env: {...options.env, SHELL: '/bin/sh'}});
	let text = '';
	let code: number | null | undefined;
	const waiters = new Set<() => void>();
	const wake = () => {
		for (const waiter of waiters) waiter();
	};
	child.stdout.on('data', (chunk: Buffer) => {
		text += chunk.toString('utf8');
		wake();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		text += chunk.toString('utf8');
		wake();
	});
	child.on('close', (exitCode) => {
		code = exitCode;
		wake();
	});
	const until = <T>(check: () => T | undefined, timeoutMs: number, what: string) =>
		new Promise<T>((resolve, reject) => {
			const timer = setTimeout(() => {
				waiters.delete(poll);
				reject(new Error(`${what} within ${timeoutMs} ms; output so far:\n${JSON.stringify(text.slice(-3000))}`));
			}, timeoutMs);
			const poll = () => {
				let value: T | undefined;
				try {
					value = check();
				} catch (error) {
					waiters.delete(poll);
					clearTimeout(timer);
					reject(error as Error);
					return;
				}
				if (value === undefined) return;
				waiters.delete(poll);
				clearTimeout(timer);
				resolve(value);
			};
			waiters.add(poll);
			poll();
		});
	return {
		output: () => text,
		type: (bytes) => void child.stdin.write(bytes),
		waitFor: (pattern, timeoutMs = 30_000) =>
			until(
				() => {
					if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
					if (code !== undefined) throw new Error(`exited (${code}) before ${String(pattern)} appeared; output:\n${JSON.stringify(text.slice(-3000))}`);
					return undefined;
				},
				timeoutMs,
				`${String(pattern)} did not appear`,
			),
		exited: (timeoutMs = 30_000) => until(() => (code === undefined ? undefined : {code}), timeoutMs, 'did not exit').then((result) => result.code),
		kill: () => {
			if (code === undefined) child.kill('SIGKILL');
			child.stdin.destroy();
		},
	};
}

/** A user's shell on a UTF-8 256-colour terminal, with no AWS configuration (see cleanEnv). */
export function terminalEnv(base: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {...base, TERM: 'xterm-256color', LC_ALL: 'C.UTF-8', ...extra};
}

export const enterAlternateScreen = '\u001b[?1049h';
export const leaveAlternateScreen = '\u001b[?1049l';

/** The pty harness runs `script`; the CLI itself runs under the same Node as the tests. */
export const node = process.execPath;
