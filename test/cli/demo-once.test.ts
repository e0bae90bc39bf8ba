import {test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds} from '../../source/model/task.js';
import {runCli} from '../helpers/run-cli.js';

test('cutwatch --demo --once --json prints tasks of all four kinds with no AWS configuration at all', async () => {
	const result = await runCli(['--demo', '--once', '--json']);
	assert.equal(result.stderr, '');
	assert.equal(result.code, 0);
	const document = JSON.parse(result.stdout) as {schema: string; tasks: Array<Record<string, unknown>>; errors: unknown[]};
	assert.equal(document.schema, 'cutwatch.tasks/v1');
	assert.deepEqual(document.errors, []);
	for (const kind of taskKinds) {
		assert.ok(
			document.tasks.some((task) => task['kind'] === kind),
			`has ${kind} tasks`,
		);
	}
	const failed = document.tasks.find((task) => task['kind'] === 'import-snapshot' && task['category'] === 'failed');
	assert.match(String(failed?.['message']), /^ClientError: /);
	for (const task of document.tasks) {
		for (const field of ['kind', 'account', 'region', 'id', 'name', 'category', 'status', 'progress', 'etaSeconds', 'message', 'startedAt', 'raw']) {
			assert.ok(field in task, `task has ${field}`);
		}
	}
});

test('cutwatch --demo --once prints a readable table', async () => {
	const result = await runCli(['--demo', '--once']);
	assert.equal(result.code, 0);
	const [header, ...rows] = result.stdout.trimEnd().split('\n');
	assert.match(header!, /^PANE +REGION +ID +NAME +STATE +PROGRESS +RECORDS\(ok\/failed\) +ETA +MESSAGE$/);
	assert.ok(rows.some((row) => row.startsWith('Snapshot imports')));
	assert.ok(rows.some((row) => row.startsWith('Discovery imports')));
});

test('the same seed plays the same cutover', async () => {
	const ids = async () => {
		const result = await runCli(['--demo', '--seed', '7', '--once', '--json']);
		// Store tasks have no id of their own (see normalise-store-image.ts): compare them by AMI.
		const {tasks} = JSON.parse(result.stdout) as {tasks: Array<{id: string; resourceId: string | null; kind: string}>};
		return tasks.map((task) => (task.kind === 'store-image' ? task.resourceId : task.id)).sort();
	};
	assert.deepEqual(await ids(), await ids());
});
