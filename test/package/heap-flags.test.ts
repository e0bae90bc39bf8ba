// The npm command's guard (dist/bin.cjs) starts the bundle with cutwatch's heap flags, which V8 reads only at
// start: it re-executes itself with them, in the same process, and leaves a user's own choice alone.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {heapFlags} from '../../source/build/heap-flags.js';
import {cleanEnv} from '../helpers/run-cli.js';

const guard = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));

/** The guard beside a stand-in bundle that prints what its process was started with. */
async function startedWith(t: {after(fn: () => void): void}, nodeArgs: string[], env: NodeJS.ProcessEnv = cleanEnv()) {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-heap-'));
	t.after(() => rmSync(dir, {recursive: true, force: true}));
	copyFileSync(guard, join(dir, 'bin.cjs'));
	writeFileSync(join(dir, 'cutwatch.mjs'), 'console.log(JSON.stringify({execArgv: process.execArgv, args: process.argv.slice(2)}));\n');
	const child = execFile(process.execPath, [...nodeArgs, join(dir, 'bin.cjs'), '--demo', 'a b'], {env});
	const {stdout, stderr} = await new Promise<{stdout: string; stderr: string}>((resolve, reject) => {
		let out = '';
		let err = '';
		child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
		child.on('close', (code) => (code === 0 ? resolve({stdout: out, stderr: err}) : reject(new Error(`exit ${code}: ${err}`))));
	});
	return {...(JSON.parse(stdout) as {execArgv: string[]; args: string[]}), stderr};
}

test('the guard runs the bundle with the heap flags and the same arguments, and prints nothing of its own', async (t) => {
	const run = await startedWith(t, []);
	assert.deepEqual(run.execArgv, [...heapFlags]);
	assert.deepEqual(run.args, ['--demo', 'a b']);
	assert.equal(run.stderr, '');
});

test("Node's own flags are kept, and a size the user chose (flag or NODE_OPTIONS) is left alone", async (t) => {
	assert.deepEqual((await startedWith(t, ['--no-warnings'])).execArgv, [...heapFlags, '--no-warnings']);
	assert.deepEqual((await startedWith(t, ['--max-semi-space-size=16'])).execArgv, ['--max-semi-space-size=16']);
	const options = await startedWith(t, [], {...cleanEnv(), NODE_OPTIONS: '--max-semi-space-size=16'});
	assert.deepEqual(options.execArgv, []);
});

test('exec is available on the Node the package is built and tested with', () => {
	assert.equal(typeof process.execve, 'function');
});
