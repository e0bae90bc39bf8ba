// `--log notes.txt` (a typo, a tab-completed neighbour) must not append cutwatch's JSON lines to a file that is
// not a cutwatch journal: one line, exit 2, the file untouched. An empty file, or one a crash tore in its very
// first write, is still taken.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.js';

const notes = 'cutover notes\n- db-01 first\n';

for (const mode of ['--once', '--watch']) {
	test(`--log on a file that is not a cutwatch journal (${mode}): refused, exit 2, file unchanged`, async () => {
		const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
		const file = join(dir, 'notes.txt');
		await writeFile(file, notes);
		const result = await runCli(['--demo', mode, '--log', file], {timeoutMs: 60_000});
		assert.equal(result.code, 2, result.stderr);
		assert.match(
			result.stderr,
			/^cutwatch: --log .*notes\.txt is not a cutwatch journal \(its first line is not one\): pick another file, or an empty or new one\n$/,
		);
		assert.equal(await readFile(file, 'utf8'), notes);
	});
}

test('--log on an empty file, or one torn in its first write, is taken as a journal', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	for (const [name, content] of [
		['empty.jsonl', ''],
		['torn.jsonl', '{"schema":"cutwatch.log/v2","rec":"run-st'],
	] as const) {
		const file = join(dir, name);
		await writeFile(file, content);
		const result = await runCli(['--demo', '--once', '--log', file]);
		assert.equal(result.code, 0, result.stderr);
		assert.match(await readFile(file, 'utf8'), /"rec":"run-start"/);
	}
});
