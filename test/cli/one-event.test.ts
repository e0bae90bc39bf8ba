// One real change is one event: a task first seen already finished gives one line in --watch and one record
// in --log (not "appeared" and then "? -> failed" at the same instant). Through the built CLI and the demo.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startCli} from '../helpers/run-cli.js';

test('tasks that start and finish between two polls are one --watch line and one --log record each', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const scenario = join(dir, 'fast.json');
	const log = join(dir, 'events.jsonl');
	await writeFile(
		scenario,
		JSON.stringify({
			name: 'tasks faster than the poll interval',
			importSnapshots: [
				// At --speed 10 these start 3 s and end 4 s after the simulator: after the first poll (unless
				// startup takes over 3 s) and before the second (at least 4.5 s after the first, --interval 5).
				{
					id: 'import-snap-00000000000000021',
					name: 'fail-01',
					start: '30s',
					duration: '10s',
					outcome: 'failed',
					stopAt: 30,
					message: 'ClientError: Disk validation failed',
				},
				{id: 'import-snap-00000000000000022', name: 'done-01', start: '30s', duration: '10s'},
				{id: 'import-snap-00000000000000023', name: 'stop-01', start: '30s', duration: '10s', outcome: 'cancelled', stopAt: 20},
				// Appears at a later poll: once it is printed, the polls before it are complete.
				{id: 'import-snap-00000000000000024', name: 'late-01', start: '100s', duration: '1h'},
			],
		}),
	);
	const args = ['--demo', '--speed', '10', '--interval', '5', '--sources', 'import', '--scenario', scenario, '--watch', '--log', log];
	const cli = await startCli(args, /import-snap-00000000000000024/, {timeoutMs: 60_000});
	cli.child.kill('SIGTERM');
	await new Promise((resolve) => cli.child.once('close', resolve));

	const fastIds = ['21', '22', '23'].map((n) => `import-snap-000000000000000${n}`);
	const lines = cli.output().trimEnd().split('\n');
	for (const id of fastIds) {
		// A cancelled import later goes from deleting to deleted: a second, distinct fact, at a later poll.
		const mine = lines.filter((line) => line.split(' ')[3] === id);
		const instants = mine.map((line) => line.split(' ')[0]);
		assert.equal(new Set(instants).size, mine.length, `one line per instant for ${id}:\n${mine.join('\n')}`);
	}
	assert.match(
		lines.find((line) => line.includes(fastIds[0]!))!,
		/ appeared failed\(deleted\) "fail-01" ClientError: Disk validation failed$/,
	);
	assert.match(
		lines.find((line) => line.includes(fastIds[1]!))!,
		/ appeared completed "done-01"$/,
	);
	assert.match(
		lines.find((line) => line.includes(fastIds[2]!))!,
		/ appeared cancelled\(deleting\) "stop-01"$/,
	);
	assert.doesNotMatch(cli.output(), /\? ->/);

	const records = (await readFile(log, 'utf8'))
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line) as {id: string; type: string; from: unknown; to: {category: string}});
	for (const [i, type] of ['failed', 'completed', 'cancelled'].entries()) {
		const mine = records.filter((record) => record.id === fastIds[i]);
		if (type !== 'cancelled') assert.equal(mine.length, 1, `one record for ${fastIds[i]}: ${JSON.stringify(mine)}`);
		assert.equal(mine[0]!.type, type, 'typed by its outcome, so alerting on "failed" still works');
		assert.equal(mine[0]!.from, null, 'from nothing: cutwatch had not seen it before');
	}
	// Every line of the log is a distinct fact: no two records of one task at one instant.
	const facts = records.map((record) => `${record.id}|${(record as unknown as {time: string}).time}`);
	assert.equal(new Set(facts).size, facts.length);
});
