// In-process benchmarks run in a child process of their own, so each has its own heap, JIT state, environment
// and resident memory. The child prints one JSON line last; everything else it prints is ignored.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import process from 'node:process';

/** `nodeArgs`: flags for the child's Node, e.g. cutwatch's heap flags where the figure is the CLI's own cost. */
export async function runChild<T>(file: string, args: readonly string[], env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<T> {
	const path = fileURLToPath(new URL(file, import.meta.url));
	const child = spawn(process.execPath, [...nodeArgs, '--expose-gc', '--import', 'tsx', path, ...args], {stdio: ['ignore', 'pipe', 'pipe'], env});
	let out = '';
	// Kept for a failure report only: Ink restores the cursor on stderr at exit, which is noise otherwise.
	let err = '';
	child.stdout.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => (out += chunk));
	child.stderr.setEncoding('utf8');
	child.stderr.on('data', (chunk: string) => (err += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const line = out
		.split('\n')
		.reverse()
		.find((each) => each.startsWith('{'));
	if (code !== 0 || line === undefined) throw new Error(`${file} failed (exit ${code}):\n${out.slice(-2000)}\n${err.slice(-4000)}`);
	return JSON.parse(line) as T;
}
