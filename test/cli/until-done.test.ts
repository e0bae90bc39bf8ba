import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli, startCli} from '../helpers/run-cli.js';

async function scenario(outcome: 'completed' | 'failed'): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const file = join(dir, 'step.json');
	await writeFile(
		file,
		JSON.stringify({
			name: `runbook step (${outcome})`,
			importSnapshots: [
				{id: 'import-snap-00000000000000001', name: 'web-01', start: '-10s', duration: '40s'},
				{id: 'import-snap-00000000000000002', name: 'db-01', start: '-10s', duration: '50s', outcome},
				// Finished long before cutwatch started: history, not this step.
				{id: 'import-snap-00000000000000003', name: 'old-01', start: '-3h', duration: '10m', outcome: 'failed'},
			],
		}),
	);
	return file;
}

// Speed 10 and the 5 s minimum interval: the step ends a few seconds after start.
const fast = ['--demo', '--speed', '10', '--interval', '5', '--sources', 'import'];

test('--until-done exits 0 with a summary when every selected task completed', async () => {
	const result = await runCli([...fast, '--scenario', await scenario('completed'), '--until-done', '--quiet'], {timeoutMs: 60_000});
	assert.equal(result.code, 0, result.stderr);
	assert.match(result.stdout, /^cutwatch: done after \S+: 2 tasks: 2 completed, 0 failed, 0 cancelled$/m);
});

test('--until-done exits 1 and names the failure when a selected task failed', async () => {
	const result = await runCli([...fast, '--scenario', await scenario('failed'), '--until-done', '--quiet'], {timeoutMs: 60_000});
	assert.equal(result.code, 1, result.stderr);
	assert.match(result.stdout, /1 completed, 1 failed/);
	assert.match(result.stdout, /failed: import-snapshot us-east-1 import-snap-00000000000000002 "db-01": ClientError: /);
});

test('--until-done with an id waits for exactly that task', async () => {
	const args = [...fast, '--scenario', await scenario('failed'), '--until-done', '--quiet', '--import-task-id', 'import-snap-00000000000000001'];
	const result = await runCli(args, {timeoutMs: 60_000});
	assert.equal(result.code, 0, result.stdout + result.stderr);
	assert.match(result.stdout, /1 tasks: 1 completed, 0 failed/);
});

test('--until-done with an id the demo does not have exits 3, as against AWS', async () => {
	const result = await runCli(['--demo', '--until-done', '--import-task-id', 'import-snap-0123456789abcdef0'], {timeoutMs: 60_000});
	assert.equal(result.code, 3);
	assert.match(result.stderr, /^cutwatch: no such task.*import-snap-0123456789abcdef0/);
	assert.equal(result.stderr.trimEnd().split('\n').length, 1);
});

test('--once --status failed prints only failed tasks', async () => {
	const result = await runCli(['--demo', '--once', '--json', '--status', 'failed']);
	assert.equal(result.code, 0, result.stderr);
	const tasks = (JSON.parse(result.stdout) as {tasks: Array<{category: string}>}).tasks;
	assert.ok(tasks.length > 0);
	assert.ok(tasks.every((task) => task.category === 'failed'));
});

test('--log keeps every event already printed after a hard kill, in an owner-only file', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const file = join(dir, 'cutover.jsonl');
	const cli = await startCli(['--demo', '--watch', '--speed', '30', '--log', file], /completed/);
	cli.child.kill('SIGKILL');
	await new Promise((resolve) => cli.child.once('close', resolve));
	const printed = cli.output().trimEnd().split('\n');
	const logged = (await readFile(file, 'utf8'))
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line) as Record<string, unknown>)
		.filter((record) => record['rec'] === 'event');
	assert.ok(logged.length >= printed.length, `${logged.length} logged, ${printed.length} printed`);
	for (const record of logged) {
		for (const field of ['time', 'type', 'account', 'region', 'kind', 'id', 'from', 'to', 'message']) assert.ok(field in record, `has ${field}`);
	}
	const printedIds = new Set(printed.map((line) => line.split(' ')[3]));
	const loggedIds = new Set(logged.map((record) => record['id']));
	for (const id of printedIds) assert.ok(loggedIds.has(id), `${id} is in the log`);
	assert.ok(logged.some((record) => (record['to'] as {category?: string} | null)?.category === 'completed'));
	assert.equal((await stat(file)).mode & 0o777, 0o600);
});

test('--once with a journal that cannot be opened is one clear line, exit 3', async () => {
	const result = await runCli(['--demo', '--once', '--log', '/nonexistent/dir/cutover.jsonl']);
	assert.equal(result.code, 3);
	assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
	assert.match(result.stderr, /^cutwatch: --log \/nonexistent\/dir\/cutover\.jsonl: cannot open for appending \(ENOENT\)/);
});
