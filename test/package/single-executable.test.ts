// The single executable (`npm run package`), built once here from the current source (about 15 s) and run the way
// a bastion host runs it: no Node, and no PATH at all (`env -i PATH=/nonexistent`).
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync, spawn} from 'node:child_process';
import {arch, platform} from 'node:os';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const executable = `${root}dist/cutwatch-linux-${arch()}`;
const buildable = platform() === 'linux' && (arch() === 'x64' || arch() === 'arm64');
const skip = buildable ? false : `Node single executables are built for Linux x64 and arm64 only, this is ${platform()} ${arch()}`;

/** No Node, no PATH, no AWS configuration: only what the executable carries. */
const bare = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
	PATH: '/nonexistent',
	HOME: '/nonexistent',
	LANG: 'C.UTF-8',
	AWS_CONFIG_FILE: '/nonexistent/config',
	AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
	AWS_EC2_METADATA_DISABLED: 'true',
	...extra,
});
const credentials = {AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret', AWS_REGION: 'us-east-1'};

before(async () => {
	if (!buildable) return;
	await exec(process.execPath, ['--import', 'tsx', 'source/build/single-executable.ts'], {cwd: root});
});

test('the executable says which version it is and which Node it carries', {skip}, async () => {
	const {stdout} = await exec(executable, ['--version'], {env: bare()});
	assert.match(stdout, /^\d+\.\d+\.\d+\S* \(single executable, Node v24\.\d+\.\d+ inside\)\n$/);
});

test('with no Node on the machine it runs --demo --once --json', {skip}, async () => {
	const {stdout, stderr} = await exec(executable, ['--demo', '--once', '--json'], {env: bare()});
	assert.equal(stderr, '');
	const document = JSON.parse(stdout) as {schema: string; tasks: Array<{kind: string}>};
	assert.equal(document.schema, 'cutwatch.tasks/v1');
	assert.deepEqual([...new Set(document.tasks.map((task) => task.kind))].sort(), ['discovery-import', 'export-image', 'import-snapshot', 'store-image']);
});

test('with no Node on the machine it runs the simulator, and --check and --once against it', {skip}, async (t) => {
	const simulator = spawn(executable, ['simulate', '--port', '0', '--speed', '0.01'], {env: bare()});
	t.after(() => simulator.kill('SIGTERM'));
	const endpoint = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`no endpoint line within 30 s:\n${output}`)), 30_000);
		simulator.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /^endpoint (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		});
	});
	const check = await exec(executable, ['--endpoint-url', endpoint, '--check'], {env: bare(credentials)});
	assert.match(check.stdout, /All 4 permissions allowed/);
	const once = await exec(executable, ['--endpoint-url', endpoint, '--once', '--json'], {env: bare(credentials)});
	assert.ok((JSON.parse(once.stdout) as {tasks: unknown[]}).tasks.length >= 10);
});

function hasScript(): boolean {
	try {
		execFileSync('script', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

test(
	'with no Node on the machine the TUI draws its first frame, answers a key and exits cleanly',
	{skip: skip || (!hasScript() && 'util-linux script(1) is not installed')},
	async (t) => {
		// script(1) gives the executable a 120×40 pseudo-terminal; only absolute paths work with PATH=/nonexistent.
		const command = `/bin/stty cols 120 rows 40 && exec '${executable}' --demo`;
		const child = spawn('/usr/bin/script', ['-qfec', command, '/dev/null'], {env: bare({TERM: 'xterm-256color', SHELL: '/bin/sh'})});
		t.after(() => child.kill('SIGKILL'));
		let output = '';
		const waiters = new Set<() => void>();
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			for (const check of waiters) check();
		});
		const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
		const waitFor = (text: string) =>
			new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(text)} within 30 s:\n${output.slice(-3000)}`)), 30_000);
				const check = () => {
					if (output.includes(text)) {
						clearTimeout(timer);
						waiters.delete(check);
						resolve();
					}
				};
				waiters.add(check);
				check();
			});

		await waitFor('import-snap-');
		assert.ok(output.includes('\u001b[?1049h'), 'took the alternate screen');
		child.stdin.write('?');
		await waitFor('pause / resume polling');
		child.stdin.write('\u0003');
		assert.equal(await exited, 0);
		assert.ok(output.includes('\u001b[?1049l'), 'gave the screen back');
		assert.doesNotMatch(output, /\n\s+at \S|cutwatch: unexpected error/, 'no stack trace, no internal error');
	},
);
