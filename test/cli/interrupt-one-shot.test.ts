// Ctrl-C during --once or --check stops at once, with the shell's 130, and prints no table it did not finish:
// not a wait for a hung request's 20 s deadline, nor rows that blame the endpoint for the interruption.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {cleanEnv, cliPath} from '../helpers/run-cli.js';

const env = cleanEnv({AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'x'});

/** Resolves once the simulator has received `operation` (the request now hangs there), within a deadline. */
async function received(simulator: Simulator, operation: string, deadlineMs = 30_000): Promise<void> {
	const until = Date.now() + deadlineMs;
	while ((simulator.counts()[operation] ?? 0) === 0) {
		if (Date.now() > until) throw new Error(`no ${operation} request within ${deadlineMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

for (const mode of ['--once', '--check']) {
	test(`Ctrl-C during ${mode} with a hung request: exit 130 at once, one line, no table`, async (t) => {
		const simulator = await startSimulator({faults: {export: {kind: 'hang'}}});
		t.after(() => simulator.close());
		const child = spawn(process.execPath, [cliPath, mode, '--endpoint-url', simulator.endpoint, '--region', 'us-east-1'], {env});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const exited = once(child, 'close');
		await received(simulator, 'DescribeExportImageTasks');
		const interruptedAt = Date.now();
		child.kill('SIGINT');
		const [code] = (await exited) as [number | null];
		assert.equal(code, 130, stderr);
		assert.ok(Date.now() - interruptedAt < 5_000, `exited ${Date.now() - interruptedAt} ms after Ctrl-C`);
		assert.equal(stdout, '');
		assert.match(stderr, new RegExp(`^cutwatch: interrupted: ${mode} did not finish\n$`));
	});
}
