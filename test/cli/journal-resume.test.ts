// The journal across a hard kill, through the built CLI: `cutwatch simulate` plays the cutover in its own
// process (its clock keeps running while cutwatch is dead), cutwatch watches it with --endpoint-url.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanEnv, runCli, startCli} from '../helpers/run-cli.js';

const env = cleanEnv({AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret', AWS_REGION: 'us-east-1'});
const quick = 'import-snap-00000000000000001';
const slow = 'import-snap-00000000000000002';

export async function startSimulate(t: {after(fn: () => void): void}, importSnapshots: unknown[], speed = '10') {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-journal-'));
	const scenario = join(dir, 'scenario.json');
	await writeFile(scenario, JSON.stringify({name: 'journal', importSnapshots}));
	const simulator = await startCli(['simulate', '--port', '0', '--speed', speed, '--scenario', scenario], /^endpoint http:\/\/127\.0\.0\.1:\d+\n/);
	t.after(() => simulator.child.kill('SIGTERM'));
	const endpoint = /^endpoint (\S+)/.exec(simulator.output())![1]!;
	return {dir, endpoint};
}

/** Polls the simulator (a separate --once, no journal) until `ready` holds, within a deadline. */
export async function waitForTasks(endpoint: string, ready: (tasks: Array<{id: string; category: string}>) => boolean, deadlineMs = 60_000) {
	const until = Date.now() + deadlineMs;
	for (;;) {
		const result = await runCli(['--endpoint-url', endpoint, '--sources', 'import', '--once', '--json'], {env});
		const tasks = (JSON.parse(result.stdout) as {tasks: Array<{id: string; category: string}>}).tasks;
		if (ready(tasks)) return tasks;
		if (Date.now() > until) throw new Error(`simulator never reached the expected state: ${JSON.stringify(tasks)}`);
	}
}

test('killed with -9 and restarted, cutwatch resumes from the journal: no fresh appearances, one gap-dated event for what finished meanwhile', async (t) => {
	const {dir, endpoint} = await startSimulate(t, [
		{id: quick, name: 'web-01', start: '-10s', duration: '150s'},
		{id: slow, name: 'db-01', start: '-10s', duration: '6h'},
	]);
	const journal = join(dir, 'cutover.jsonl');
	const args = ['--endpoint-url', endpoint, '--sources', 'import', '--interval', '5', '--watch', '--log', journal];

	const first = await startCli(args, new RegExp(`${slow} listed active`), {env});
	await first.waitFor(new RegExp(`${quick} listed active`));
	first.child.kill('SIGKILL');
	await new Promise((resolve) => first.child.once('close', resolve));
	const killedAt = Date.now();

	await waitForTasks(endpoint, (tasks) => tasks.find((task) => task.id === quick)?.category === 'completed');

	const second = await startCli(args, new RegExp(`${quick} \\S+ -> completed`), {env});
	t.after(() => second.child.kill('SIGKILL'));
	const output = second.output();
	assert.doesNotMatch(output, /listed|appeared/, 'known tasks are not announced again');
	const line = output.split('\n').find((text) => text.includes(quick))!;
	const gap = /between (\d\d:\d\d(?::\d\d)?) and (\d\d:\d\d(?::\d\d)?) UTC/.exec(line);
	assert.ok(gap, `the completion is dated by the gap: ${line}`);
	assert.match(second.errors(), /resumed from \d+ events in 1 run, 1 ended without a clean exit/);
	const before = new Date(killedAt).toISOString().slice(11, 11 + gap[1]!.length);
	assert.ok(gap[1]! <= before, `the gap starts before the kill (${gap[1]} <= ${before})`);

	second.child.kill('SIGINT');
	await new Promise((resolve) => second.child.once('close', resolve));
	const records = (await readFile(journal, 'utf8'))
		.trimEnd()
		.split('\n')
		.map((text) => JSON.parse(text) as {rec?: string; type?: string; id?: string; since?: string | null});
	assert.equal(records.filter((record) => record.rec === 'run-start').length, 2);
	assert.equal(records.at(-1)!.rec, 'run-end', 'a clean exit is recorded');
	const completed = records.filter((record) => record.id === quick && record.type === 'completed');
	assert.equal(completed.length, 1);
	assert.ok(completed[0]!.since, 'the journal keeps the gap too');
});

test('--until-done --log resumes its step across a kill -9: the same tasks decide, so the exit code is the same', async (t) => {
	const failing = 'import-snap-00000000000000003';
	const {dir, endpoint} = await startSimulate(t, [
		{id: quick, name: 'web-01', start: '-10s', duration: '150s'},
		{id: failing, name: 'db-01', start: '-10s', duration: '160s', outcome: 'failed'},
		// Old history: not this step's.
		{id: slow, name: 'old-01', start: '-3h', duration: '10m'},
	]);
	const journal = join(dir, 'step.jsonl');
	const args = ['--endpoint-url', endpoint, '--sources', 'import', '--interval', '5', '--until-done', '--watch', '--log', journal];

	const first = await startCli(args, new RegExp(`${failing} listed active`), {env});
	first.child.kill('SIGKILL');
	await new Promise((resolve) => first.child.once('close', resolve));

	// Both finish while nothing is watching: a fresh step would find nothing running and exit 0.
	await waitForTasks(endpoint, (tasks) => tasks.filter((task) => task.id !== slow).every((task) => task.category !== 'active'));
	const resumed = await runCli(args, {env, timeoutMs: 60_000});
	assert.equal(resumed.code, 1, resumed.stdout + resumed.stderr);
	assert.match(resumed.stdout, /2 tasks: 1 completed, 1 failed/);
	assert.match(resumed.stdout, new RegExp(`failed: import-snapshot us-east-1 ${failing}`));

	// The step is done now: the same command again is a new step (nothing running: 0 tasks, exit 0).
	const next = await runCli(args, {env, timeoutMs: 60_000});
	assert.equal(next.code, 0, next.stdout + next.stderr);
	assert.match(next.stdout, /0 tasks/);
});

test('a busy --demo killed with -9 resumes: its cutover carries on, known tasks are not announced again, what changed meanwhile is gap-dated', async (t) => {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-journal-'));
	const journal = join(dir, 'demo.jsonl');
	const args = ['--demo', '--speed', '60', '--interval', '5', '--watch', '--log', journal];
	const first = await startCli(args, /-> completed/);
	first.child.kill('SIGKILL');
	await new Promise((resolve) => first.child.once('close', resolve));
	const known = new Set([...first.output().matchAll(/^\S+ \S+ \S+ (\S+) /gm)].map((match) => match[1]!));

	// At 60× a second of downtime is a simulated minute: by the time the restart polls, tasks have moved on.
	const second = await startCli(args, /between \d\d:\d\d(?::\d\d)? and \d\d:\d\d(?::\d\d)? UTC/);
	t.after(() => second.child.kill('SIGKILL'));
	const firstPoll = second.output().split('\n').filter(Boolean);
	for (const line of firstPoll) {
		const [, , , id, transition] = line.split(' ');
		// A fresh cutover would list them anew, or report them gone (the restarted simulator has not begun them).
		if (known.has(id!)) assert.ok(!['listed', 'appeared', 'gone'].includes(transition!), `a known task carries on: ${line}`);
	}
	assert.match(second.errors(), /resumed from \d+ events in 1 run, 1 ended without a clean exit/);
});
