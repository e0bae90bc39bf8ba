// The built cutwatch (cliPath: the bundle, through its guard) as a long-running process whose stdout AND stderr
// can be waited on, for modes that may print nothing on stdout (every source failing) and for signal handling.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

export type CliProcess = {
	child: ChildProcessWithoutNullStreams;
	stdout(): string;
	stderr(): string;
	/** Resolves with the first match in stdout + stderr (each searched on its own). */
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
	/** Sends the signal and resolves with the exit code and signal once the process is gone. */
	stop(signal: NodeJS.Signals, timeoutMs?: number): Promise<{code: number | null; signal: NodeJS.Signals | null}>;
};

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = cleanEnv()): CliProcess {
	const child = spawn(process.execPath, [cliPath, ...args], {env});
	let out = '';
	let err = '';
	const waiters = new Set<() => void>();
	const notify = () => {
		for (const check of waiters) check();
	};
	child.stdout.on('data', (chunk: Buffer) => {
		out += chunk.toString();
		notify();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		err += chunk.toString();
		notify();
	});
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
		child.on('close', (code, signal) => {
			notify();
			resolve({code, signal});
		}),
	);
	return {
		child,
		stdout: () => out,
		stderr: () => err,
		waitFor: (pattern, timeoutMs = 30_000) =>
			new Promise<string>((resolve, reject) => {
				const check = () => {
					const match = pattern.exec(out) ?? pattern.exec(err);
					if (match) {
						waiters.delete(check);
						clearTimeout(timer);
						resolve(match[0]);
					} else if (child.exitCode !== null || child.signalCode !== null) {
						waiters.delete(check);
						clearTimeout(timer);
						reject(new Error(`cutwatch exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${out}\n${err}`));
					}
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${out}\n${err}`));
				}, timeoutMs);
				waiters.add(check);
				check();
			}),
		async stop(signal, timeoutMs = 15_000) {
			child.kill(signal);
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => {
					child.kill('SIGKILL');
					reject(new Error(`cutwatch did not exit within ${timeoutMs} ms of ${signal}:\n${out}\n${err}`));
				}, timeoutMs);
			});
			try {
				return await Promise.race([exited, timeout]);
			} finally {
				clearTimeout(timer);
			}
		},
	};
}
