import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {cleanEnv, runCli, startCli} from '../helpers/run-cli.js';

const exec = promisify(execFile);
const credentials = {AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret', AWS_REGION: 'us-east-1'};

async function awsCliAvailable(): Promise<boolean> {
	try {
		await exec('aws', ['--version'], {env: cleanEnv()});
		return true;
	} catch {
		return false;
	}
}

test('cutwatch simulate prints its endpoint first, and cutwatch --endpoint-url reads the same tasks an independent AWS client does', async (t) => {
	// Speed 0.01: the cutover barely moves while the two clients read it.
	const simulator = await startCli(['simulate', '--port', '0', '--seed', '11', '--speed', '0.01'], /^endpoint http:\/\/127\.0\.0\.1:\d+\n/);
	t.after(() => simulator.child.kill('SIGTERM'));
	const endpoint = /^endpoint (\S+)/.exec(simulator.output())![1]!;

	const result = await runCli(['--endpoint-url', endpoint, '--once', '--json'], {env: cleanEnv(credentials)});
	assert.equal(result.code, 0, result.stderr);
	const tasks = (JSON.parse(result.stdout) as {tasks: Array<{kind: string; id: string; resourceId: string | null; status: string}>}).tasks;
	const ours = (kind: string) =>
		tasks
			.filter((task) => task.kind === kind)
			.map((task) => (kind === 'store-image' ? task.resourceId : task.id))
			.sort();
	assert.ok(ours('import-snapshot').length >= 10);

	if (!(await awsCliAvailable())) {
		t.skip("the AWS CLI is not installed (.ci/run installs Debian's awscli)");
		return;
	}
	const aws = async (...args: string[]) => {
		const {stdout} = await exec('aws', [...args, '--endpoint-url', endpoint, '--region', 'us-east-1', '--output', 'json'], {env: cleanEnv(credentials)});
		return JSON.parse(stdout) as Record<string, Array<Record<string, unknown>>>;
	};
	const imports = await aws('ec2', 'describe-import-snapshot-tasks');
	assert.deepEqual(imports['ImportSnapshotTasks']!.map((task) => task['ImportTaskId']).sort(), ours('import-snapshot'));
	const exports = await aws('ec2', 'describe-export-image-tasks');
	assert.deepEqual(exports['ExportImageTasks']!.map((task) => task['ExportImageTaskId']).sort(), ours('export-image'));
	const stores = await aws('ec2', 'describe-store-image-tasks');
	assert.deepEqual(stores['StoreImageTaskResults']!.map((task) => task['AmiId']).sort(), ours('store-image'));
	const discovery = await aws('discovery', 'describe-import-tasks');
	assert.deepEqual(discovery['tasks']!.map((task) => task['importTaskId']).sort(), ours('discovery-import'));
});

test('cutwatch simulate rejects a bad fault spec with one line and exit 2', async () => {
	const result = await runCli(['simulate', '--fault', 'store=explode']);
	assert.equal(result.code, 2);
	assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
	assert.match(result.stderr, /explode/);
});

// The entry owns the signals (source/main.ts): simulate stops on the abort signal they raise, like every mode.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	test(`cutwatch simulate stops cleanly on ${signal}: it says how many requests it answered and exits 0`, async (t) => {
		const simulator = await startCli(['simulate', '--port', '0'], /^endpoint http:\/\/127\.0\.0\.1:\d+\n/);
		t.after(() => simulator.child.kill('SIGKILL'));
		const closed = new Promise<number | null>((resolve) => simulator.child.once('close', resolve));
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running 10 s later'), 10_000)));
		simulator.child.kill(signal);
		const code = await Promise.race([closed, deadline]);
		clearTimeout(timer);
		assert.equal(code, 0, simulator.errors());
		assert.match(simulator.output(), /simulator stopped \(0 requests answered\)\n$/);
		assert.equal(simulator.errors(), '');
	});
}
