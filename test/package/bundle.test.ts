// The npm bundle (dist/cutwatch.mjs, built by `npm test`): one file that needs nothing beside it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {cleanEnv} from '../helpers/run-cli.js';

const exec = promisify(execFile);
const bundle = fileURLToPath(new URL('../../dist/cutwatch.mjs', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};

test('the bundle alone in an empty directory runs the demo and knows its version', async (t) => {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-bundle-'));
	t.after(() => rmSync(dir, {recursive: true, force: true}));
	const alone = join(dir, 'cutwatch.mjs');
	copyFileSync(bundle, alone);
	const version = await exec(process.execPath, [alone, '--version'], {env: cleanEnv(), cwd: dir});
	assert.equal(version.stdout, `${pkg.version}\n`);
	const once = await exec(process.execPath, [alone, '--demo', '--once', '--json'], {env: cleanEnv(), cwd: dir});
	assert.equal(once.stderr, '');
	const document = JSON.parse(once.stdout) as {tasks: unknown[]};
	assert.ok(document.tasks.length > 0);
});

test('the bundle stays within its 1.5 MB budget (the EC2 client tree-shaken)', () => {
	const bytes = statSync(bundle).size;
	assert.ok(bytes <= 1_500_000, `dist/cutwatch.mjs is ${bytes} bytes`);
});
