// The journal's faults as a user meets them, through the built CLI.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFile, mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli, startCli} from '../helpers/run-cli.js';

test('--log /dev/full: the monitor keeps running and says, once, that the journal is not being written', async (t) => {
	const cli = await startCli(['--demo', '--watch', '--speed', '30', '--log', '/dev/full'], /listed/);
	t.after(() => cli.child.kill('SIGKILL'));
	await cli.waitForErrors(/journal \/dev\/full: disk full, \d+ events not written/);
	// Still monitoring: more events keep arriving after the warning.
	const lines = cli.output().split('\n').length;
	await cli.waitFor(new RegExp(`(?:.*\\n){${lines}}`), 30_000);
	assert.equal(cli.errors().match(/disk full/g)?.length, 1, 'one line, not one per event');
	cli.child.kill('SIGINT');
	const code = await new Promise((resolve) => cli.child.once('close', resolve));
	assert.equal(code, 0);
});

test('a journal that cannot be opened: --watch keeps monitoring and says so; --until-done exits 3 with one line', async (t) => {
	const path = '/nonexistent/dir/cutover.jsonl';
	const cli = await startCli(['--demo', '--watch', '--log', path], /listed/);
	t.after(() => cli.child.kill('SIGKILL'));
	await cli.waitForErrors(/^cutwatch: journal \/nonexistent\/dir\/cutover\.jsonl: cannot open: directory missing \(ENOENT\), \d+ events not written/m);
	cli.child.kill('SIGINT');
	assert.equal(await new Promise((resolve) => cli.child.once('close', resolve)), 0);

	const step = await runCli(['--demo', '--until-done', '--quiet', '--log', path]);
	assert.equal(step.code, 3);
	assert.equal(step.stderr, `cutwatch: --log ${path}: cannot open for appending (ENOENT); pick a writable path\n`);
});

test('--once --log /dev/full prints the tasks and says in one line that the journal was not written', async () => {
	const result = await runCli(['--demo', '--once', '--log', '/dev/full']);
	assert.equal(result.code, 0, result.stderr);
	assert.match(result.stdout, /import-snap-/);
	assert.match(result.stderr, /^cutwatch: journal \/dev\/full: disk full, \d+ events were not written$/m);
	assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
});

test("a second cutwatch on the same journal refuses with one line naming the first one's pid", async (t) => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const journal = join(dir, 'cutover.jsonl');
	const first = await startCli(['--demo', '--watch', '--log', journal], /listed/);
	t.after(() => first.child.kill('SIGKILL'));
	const second = await runCli(['--demo', '--once', '--log', journal]);
	assert.equal(second.code, 2);
	assert.equal(second.stderr, `cutwatch: --log ${journal} is in use by another cutwatch (pid ${first.child.pid}); stop it, or pass --log a different file\n`);
	const elsewhere = await runCli(['--demo', '--once', '--log', join(dir, 'other.jsonl')]);
	assert.equal(elsewhere.code, 0, elsewhere.stderr);
});

test('a journal whose last line was torn by a crash replays with one warning, and the next run writes whole lines', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const journal = join(dir, 'cutover.jsonl');
	const first = await runCli(['--demo', '--once', '--log', journal]);
	assert.equal(first.code, 0, first.stderr);
	await appendFile(journal, '{"rec":"event","time":"2026-11-23T13:4');
	const cli = await startCli(['--demo', '--watch', '--log', journal], /\n/);
	cli.child.kill('SIGINT');
	await new Promise((resolve) => cli.child.once('close', resolve));
	const warnings = cli
		.errors()
		.split('\n')
		.filter((line) => line.includes('torn'));
	assert.equal(warnings.length, 1, cli.errors());
	assert.match(warnings[0]!, /^cutwatch: warning: --log \S+: skipped 1 torn line \(first at line \d+\), left by a crash mid-write$/);
	const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n');
	const broken = lines.filter((line) => {
		try {
			JSON.parse(line);
			return false;
		} catch {
			return true;
		}
	});
	assert.deepEqual(broken, ['{"rec":"event","time":"2026-11-23T13:4']);
});
