// --once asks every source one time and exits: what it prints about a source that failed must not promise a
// retry that never comes; it says what to do instead, on stderr and in the --json document alike.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {startSimulator} from '../../source/simulator/index.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

const env = cleanEnv({AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'x'});

test('--once with a throttled and a failing source: no "retrying" or "backing off", the fix is to run it again', async (t) => {
	const simulator = await startSimulator({faults: {store: {kind: 'throttle'}, export: {kind: 'error500'}}});
	t.after(() => simulator.close());
	const args = ['--once', '--endpoint-url', simulator.endpoint, '--region', 'us-east-1'];
	const [table, json] = await Promise.all([runCli(args, {env}), runCli([...args, '--json'], {env})]);
	assert.equal(table.code, 3, table.stderr);
	const lines = table.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 2, table.stderr);
	for (const line of lines) {
		assert.doesNotMatch(line, /retrying|backing off/);
		assert.match(line, /; run cutwatch --once again shortly$/);
	}
	const errors = (JSON.parse(json.stdout) as {errors: {hint: string}[]}).errors;
	assert.equal(errors.length, 2);
	for (const error of errors) assert.match(error.hint, /; run cutwatch --once again shortly$/);
});
