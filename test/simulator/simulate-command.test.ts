// `cutwatch simulate` in the foreground: endpoint first, a useful summary, clean stop on abort, exit 2 on bad options.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {captureStream} from '../helpers/capture-io.js';
import {describe, it} from 'node:test';
import {DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {simulateCommand, startSimulator, type SimulateOptions} from '../../source/simulator/index.js';
import {ec2Client, rejection} from './helpers.js';

async function until(condition: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 5000;
	while (!condition()) {
		assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

async function run(options: SimulateOptions): Promise<{code: number; stdout: string; stderr: string}> {
	const stdout = captureStream();
	const stderr = captureStream();
	const code = await simulateCommand(options, {stdout: stdout.stream, stderr: stderr.stream}, AbortSignal.abort());
	return {code, stdout: stdout.text(), stderr: stderr.text()};
}

describe('simulateCommand', () => {
	it('prints the endpoint first, then how to use it, serves until aborted and exits 0', async () => {
		const stdout = captureStream();
		const stderr = captureStream();
		const abort = new AbortController();
		const logFile = join(mkdtempSync(join(tmpdir(), 'cutwatch-simulate-')), 'requests.jsonl');
		const running = simulateCommand(
			{seed: '7', speed: 5, faults: ['store=throttle'], requestLogFile: logFile},
			{stdout: stdout.stream, stderr: stderr.stream},
			abort.signal,
		);
		await until(() => stdout.text().includes('Stop with Ctrl+C.'), 'the summary');
		const [first, ...rest] = stdout.text().split('\n');
		const endpoint = /^endpoint (http:\/\/127\.0\.0\.1:\d+)$/.exec(first!)?.[1];
		assert.ok(endpoint, `first line was ${first}`);
		const summary = rest.join('\n');
		assert.match(summary, /^scenario: demo cutover \(\d+ snapshot imports, \d+ image exports, \d+ AMI store tasks, \d+ Discovery imports\)$/m);
		assert.match(summary, /^seed 7, speed 5x: the scenario plays out over about 1m5\ds; finished tasks stay listed$/m);
		assert.ok(
			summary.includes(
				`AWS_ACCESS_KEY_ID=AKIDSIMULATOR AWS_SECRET_ACCESS_KEY=simulator-secret aws ec2 describe-import-snapshot-tasks --endpoint-url ${endpoint} --region us-east-1`,
			),
		);
		assert.ok(summary.includes(`aws discovery describe-import-tasks --endpoint-url ${endpoint} --region us-east-1`));
		assert.ok(summary.includes(`cutwatch --endpoint-url ${endpoint} --region us-east-1`));
		assert.match(summary, /^faults: DescribeStoreImageTasks=throttle /m);
		assert.ok(summary.includes(`request log: ${logFile}`));

		const client = ec2Client(endpoint);
		assert.equal((await rejection(client.send(new DescribeStoreImageTasksCommand({})))).name, 'RequestLimitExceeded');
		client.destroy();
		assert.equal(JSON.parse(readFileSync(logFile, 'utf8').trim()).action, 'DescribeStoreImageTasks');

		abort.abort();
		assert.equal(await running, 0);
		assert.match(stdout.text(), /simulator stopped \(1 request answered\)\n$/);
		assert.equal(stderr.text(), '');
	});

	const bad: Array<[string, SimulateOptions, RegExp]> = [
		['a bad fault spec', {faults: ['store=explode']}, /^cutwatch simulate: unknown fault kind "explode" in "store=explode"/],
		[
			'a missing scenario file',
			{scenarioFile: '/nonexistent/cutover.json'},
			/^cutwatch simulate: \/nonexistent\/cutover\.json: cannot read the scenario file \(no such file\)$/,
		],
		['a zero speed', {speed: 0}, /^cutwatch simulate: --speed must be a positive number, got 0$/],
		['a bad port', {port: 99_999}, /^cutwatch simulate: --port must be a whole number from 0 to 65535, got 99999$/],
		['both --scenario and --tasks', {scenarioFile: 'x.json', tasks: 10}, /^cutwatch simulate: use --scenario or --tasks, not both$/],
	];
	for (const [what, options, expected] of bad) {
		it(`exits 2 with one line on stderr for ${what}`, async () => {
			const {code, stdout, stderr} = await run(options);
			assert.equal(code, 2);
			assert.equal(stdout, '');
			assert.match(stderr.trimEnd(), expected);
			assert.equal(stderr.split('\n').length, 2, 'exactly one line');
		});
	}

	it('exits 2 (usage: pick another port) when the port is taken', async () => {
		const other = await startSimulator();
		try {
			const {code, stderr} = await run({port: other.port});
			assert.equal(code, 2);
			assert.equal(stderr, `cutwatch simulate: cannot start the simulator: port ${other.port} is already in use\n`);
		} finally {
			await other.close();
		}
	});

	it('can serve a generated scenario of a given size', async () => {
		const {code, stdout} = await run({tasks: 500});
		assert.equal(code, 0);
		assert.match(stdout, /^scenario: generated: 500 tasks over 1440 min/m);
	});
});
