// Every row of the README's exit-code table, through the built CLI as a runbook would run it. Each failure
// is one line on stderr, never a stack trace.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, openSync, closeSync} from 'node:fs';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanEnv, cliPath, runCli, type CliResult} from '../helpers/run-cli.js';

const stackTrace = /\n\s+at /;

function oneLine(result: CliResult): string {
	const lines = result.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, `exactly one line on stderr, got:\n${result.stderr}`);
	assert.doesNotMatch(result.stderr, stackTrace);
	return lines[0]!;
}

async function failingStep(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const file = join(dir, 'step.json');
	await writeFile(
		file,
		JSON.stringify({
			name: 'a step that fails',
			// Running at the first poll (it ends 5 s into the run at --speed 10), so it is this step's task.
			importSnapshots: [
				{id: 'import-snap-00000000000000031', name: 'db-01', start: '-10s', duration: '60s', outcome: 'failed', message: 'ClientError: Disk validation failed'},
			],
		}),
	);
	return file;
}

test('exit 0: success', async () => {
	const result = await runCli(['--demo', '--once']);
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stderr, '');
});

test('exit 1: --until-done and a selected task failed', async () => {
	const result = await runCli(
		['--demo', '--speed', '10', '--interval', '5', '--sources', 'import', '--scenario', await failingStep(), '--until-done', '--quiet'],
		{timeoutMs: 60_000},
	);
	assert.equal(result.code, 1, result.stderr);
	assert.match(result.stdout, /1 failed/);
});

test('exit 4: --until-done --deadline and the deadline passed with a selected task still active', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const file = join(dir, 'slow.json');
	await writeFile(
		file,
		JSON.stringify({
			name: 'a slow step',
			importSnapshots: [{id: 'import-snap-00000000000000032', name: 'db-01', start: '-10s', duration: '2h', outcome: 'completed'}],
		}),
	);
	const result = await runCli(['--demo', '--interval', '5', '--sources', 'import', '--scenario', file, '--until-done', '--quiet', '--deadline', '+2s'], {
		timeoutMs: 60_000,
	});
	assert.equal(result.code, 4, result.stderr);
	assert.match(result.stdout + result.stderr, /deadline \d\d:\d\dZ passed with 1 task still active: db-01/);
});

test('exit 2: bad usage, one line naming the flag', async () => {
	const result = await runCli(['--demo', '--once', '--interval', 'soon']);
	assert.equal(result.code, 2);
	assert.match(oneLine(result), /^cutwatch: --interval must be a number/);
});

test('exit 3: no region configured', async () => {
	const result = await runCli(['--once']);
	assert.equal(result.code, 3);
	assert.match(oneLine(result), /^cutwatch: no AWS region configured/);
});

test('exit 3: --until-done with an id AWS does not know (the demo answers as AWS would)', async () => {
	const result = await runCli(['--demo', '--until-done', '--quiet', '--import-task-id', 'import-snap-0123456789abcdef0'], {timeoutMs: 60_000});
	assert.equal(result.code, 3, result.stderr);
	assert.match(oneLine(result), /^cutwatch: no such task.*import-snap-0123456789abcdef0.*check the id and --region/);
});

test('exit 3: --once and a source that could not be read', async () => {
	const result = await runCli(['--demo', '--once', '--import-task-id', 'import-snap-0123456789abcdef0']);
	assert.equal(result.code, 3, result.stderr);
	assert.match(oneLine(result), /^cutwatch: Snapshot imports .*InvalidConversionTaskId/);
});

test('exit 70: an internal error is one line, never a stack trace', async () => {
	// A fault injected from outside the program (no test hook in cutwatch): a preloaded module breaks a
	// built-in cutwatch relies on, so its own code throws where it never expects to.
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const poison = join(dir, 'poison.mjs');
	await writeFile(poison, 'Date.prototype.toISOString = function () { throw new Error("injected fault"); };\n');
	const result = await runCli(['--demo', '--once', '--json'], {env: cleanEnv({NODE_OPTIONS: `--import=${poison}`})});
	assert.equal(result.code, 70, result.stderr);
	assert.match(oneLine(result), /^cutwatch: internal error: injected fault \(please report it\)$/);
});

test(
	'exit 74: output that cannot be written (a full disk) is one line, never a stack trace',
	{skip: !existsSync('/dev/full') && 'no /dev/full here'},
	async () => {
		const full = openSync('/dev/full', 'w');
		const result = await new Promise<CliResult>((resolve) => {
			const child = spawn(process.execPath, [cliPath, '--demo', '--once'], {env: cleanEnv(), stdio: ['ignore', full, 'pipe']});
			let stderr = '';
			child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			child.on('close', (code) => resolve({code, stdout: '', stderr}));
		});
		closeSync(full);
		assert.equal(result.code, 74, result.stderr);
		assert.match(oneLine(result), /^cutwatch: cannot write to stdout: ENOSPC/);
	},
);
