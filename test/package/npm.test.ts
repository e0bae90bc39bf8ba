// `npm pack` and `npm install -g ./cutwatch-<version>.tgz` as a user runs them, into a temporary prefix with no
// registry (--offline: the tarball must need nothing from it), then the installed `cutwatch` command on the
// project's Node and on the machine's older one.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {cleanEnv} from '../helpers/run-cli.js';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; dependencies?: object; engines: {node: string}};
let dir: string;
let packed: {filename: string; files: Array<{path: string}>};
let command: string;

before(async () => {
	dir = mkdtempSync(join(tmpdir(), 'cutwatch-npm-'));
	const pack = await exec('npm', ['pack', root, '--json', '--pack-destination', dir], {cwd: dir});
	[packed] = JSON.parse(pack.stdout) as [typeof packed];
	const prefix = join(dir, 'prefix');
	await exec('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], {cwd: dir});
	command = join(prefix, 'bin', 'cutwatch');
});
after(() => rmSync(dir, {recursive: true, force: true}));

/** The installed command, run by its `#!/usr/bin/env node` line with `nodeDir` as the only Node on PATH. */
const runInstalled = (nodeDir: string, args: string[]) =>
	exec(command, args, {env: cleanEnv({PATH: `${nodeDir}:/usr/bin:/bin`}), cwd: dir}).then(
		(result) => ({code: 0, ...result}),
		(error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
	);

test('the tarball holds the guard, the bundle and the example scenario, and depends on nothing', () => {
	assert.deepEqual(packed.files.map((file) => file.path).sort(), [
		'README.md',
		'dist/bin.cjs',
		'dist/cutwatch.mjs',
		'package.json',
		'source/simulator/examples/cutover.json',
	]);
	assert.equal(pkg.dependencies, undefined);
	assert.equal(pkg.engines.node, '>=22.12');
});

test('installed from the tarball, cutwatch runs the demo on Node >= 22.12', async () => {
	const version = await runInstalled(dirname(process.execPath), ['--version']);
	assert.equal(version.stdout, `${pkg.version}\n`);
	const once = await runInstalled(dirname(process.execPath), ['--demo', '--once', '--json']);
	assert.equal(once.code, 0, once.stderr);
	assert.ok((JSON.parse(once.stdout) as {tasks: unknown[]}).tasks.length > 0);
});

/** A Node older than 22.12 on this machine (ours ship Node 20), if there is one. */
function oldNode(): {path: string; version: string} | undefined {
	for (const path of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
		try {
			const version = execFileSync(path, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim();
			const [major = 0, minor = 0] = version.split('.').map(Number);
			if (major < 22 || (major === 22 && minor < 12)) return {path, version};
		} catch {
			// Not there.
		}
	}
	return undefined;
}

test('on an older Node the command prints one line, what it found and what it needs, and exits 2', async (t) => {
	const old = oldNode();
	if (!old) {
		t.skip('no Node older than 22.12 on this machine to try the guard with');
		return;
	}
	const result = await runInstalled(dirname(old.path), ['--demo']);
	assert.equal(result.code, 2);
	assert.equal(result.stdout, '');
	const lines = result.stderr.split('\n');
	assert.equal(lines.length, 2, `one line, got:\n${result.stderr}`);
	assert.match(lines[0]!, new RegExp(`Node ${old.version.replaceAll('.', '\\.')}\\b.*needs Node >= 22\\.12.*single executable.*needs no Node`));
});
