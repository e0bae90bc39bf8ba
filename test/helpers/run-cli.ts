// Runs the built cutwatch command as a user would: dist/bin.cjs, what package.json's `bin` names (the Node version
// guard, which loads the esbuild bundle dist/cutwatch.mjs), built by `npm test` before the tests. What ships is
// what is tested.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));

/** An environment with no AWS configuration at all, so no test can read the developer's. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {PATH: process.env['PATH'], HOME: '/nonexistent', LANG: 'C.UTF-8'};
	env['AWS_CONFIG_FILE'] = '/nonexistent/config';
	env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/credentials';
	env['AWS_EC2_METADATA_DISABLED'] = 'true';
	return {...env, ...extra};
}

export type CliResult = {code: number | null; stdout: string; stderr: string};

export function runCli(args: string[], options: {env?: NodeJS.ProcessEnv; timeoutMs?: number} = {}): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args], {env: options.env ?? cleanEnv()});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`cutwatch ${args.join(' ')} did not exit within ${options.timeoutMs ?? 30_000} ms`));
		}, options.timeoutMs ?? 30_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
	});
}

/** Starts a long-running cutwatch; resolves once stdout contains `ready`. */
export function startCli(
	args: string[],
	ready: RegExp,
	options: {env?: NodeJS.ProcessEnv; timeoutMs?: number} = {},
): Promise<{
	child: ChildProcessWithoutNullStreams;
	output(): string;
	errors(): string;
	waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
	/** The same on stderr. */
	waitForErrors(pattern: RegExp, timeoutMs?: number): Promise<string>;
}> {
	const child = spawn(process.execPath, [cliPath, ...args], {env: options.env ?? cleanEnv()});
	let stdout = '';
	let stderr = '';
	const waiters = new Set<() => void>();
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
		for (const check of waiters) check();
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
		for (const check of waiters) check();
	});
	const waitOn =
		(read: () => string) =>
		(pattern: RegExp, timeoutMs = options.timeoutMs ?? 30_000) =>
			new Promise<string>((resolve, reject) => {
				const check = () => {
					const match = pattern.exec(read());
					if (match) {
						waiters.delete(check);
						clearTimeout(timer);
						resolve(match[0]);
					}
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`no ${pattern} in output within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
				}, timeoutMs);
				waiters.add(check);
				check();
			});
	const waitFor = waitOn(() => stdout);
	const waitForErrors = waitOn(() => stderr);
	return waitFor(ready).then(() => ({child, output: () => stdout, errors: () => stderr, waitFor, waitForErrors}));
}
