import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanEnv, runCli, startCli} from '../helpers/run-cli.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret', AWS_REGION: 'us-east-1'};

function resultColumn(stdout: string): string[] {
	return stdout
		.split('\n\n')[0]!
		.split('\n')
		.slice(1)
		.map((line) => /\s(ALLOWED|DENIED|ERROR)(\s|$)/.exec(line)?.[1] ?? `unparsed: ${line}`);
}

test('cutwatch --demo --check: every permission allowed, exit 0, with no AWS configuration at all', async () => {
	const result = await runCli(['--demo', '--check']);
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stderr, '');
	assert.match(result.stdout, /^ACCOUNT +REGION +PERMISSION +RESULT +DETAIL\n/);
	assert.deepEqual(resultColumn(result.stdout), ['ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED']);
	assert.match(result.stdout, /All 4 permissions allowed/);
});

test('cutwatch --check against an endpoint that denies one operation: exit 3 and a policy with just that action', async (t) => {
	const simulator = await startCli(['simulate', '--port', '0', '--fault', 'store=denied'], /^endpoint http:\/\/127\.0\.0\.1:\d+\n/);
	t.after(() => simulator.child.kill('SIGTERM'));
	const endpoint = /^endpoint (\S+)/.exec(simulator.output())![1]!;

	const result = await runCli(['--endpoint-url', endpoint, '--check'], {env: cleanEnv(credentials)});
	assert.equal(result.code, 3, result.stderr);
	const store = result.stdout.split('\n').find((line) => line.includes('ec2:DescribeStoreImageTasks') && !line.includes('"'));
	assert.match(store ?? '', /\sDENIED\s+UnauthorizedOperation: /);
	const policy = JSON.parse(/^\{\n[\s\S]*?\n\}$/m.exec(result.stdout)![0]) as {Statement: Array<{Action: string[]; Resource: string}>};
	assert.deepEqual(
		policy.Statement.map((statement) => [statement.Action, statement.Resource]),
		[[['ec2:DescribeStoreImageTasks'], '*']],
	);
});
