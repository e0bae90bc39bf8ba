// cutwatch started with no AWS configuration at all (no region, no credentials, no config files), and ended by
// the signals a terminal, tmux or a service manager sends: one clear line, never a crash or a stack trace.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {openSession} from '../../source/app/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {runWatch} from '../../source/headless/watch.js';
import {closedPort} from '../aws/loopback-server.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {spawnCli} from './cli-process.js';
import {settle} from './fault-session.js';

const noStack = /\n\s+at |Error: .*\n\s+at /;
const missingCredentials = /no usable AWS credentials: set AWS_PROFILE or pass --profile, run aws configure or aws sso login; or try --demo/;

test('cutwatch --once with no AWS configuration exits 3 with one line saying what to set', async () => {
	const result = await runCli(['--once']);
	assert.equal(result.code, 3);
	assert.equal(result.stdout, '');
	const lines = result.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, result.stderr);
	assert.match(lines[0]!, /^cutwatch: no AWS region configured: pass --region .* or set AWS_REGION; or try cutwatch --demo$/);
});

test('cutwatch --once --region us-east-1 with no credentials exits 3 and says how to provide them, in one line', async () => {
	const result = await runCli(['--once', '--region', 'us-east-1']);
	assert.equal(result.code, 3);
	const lines = result.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, result.stderr);
	assert.match(lines[0]!, /Snapshot imports, Image exports, AMI store, Discovery imports/);
	for (const line of lines) assert.match(line, missingCredentials);
	assert.doesNotMatch(result.stderr, noStack);
});

test('cutwatch --watch --region us-east-1 with no credentials keeps running, says so, and ends cleanly on SIGTERM', async (t) => {
	const cli = spawnCli(['--watch', '--region', 'us-east-1', '--interval', '5']);
	t.after(() => cli.child.kill('SIGKILL'));
	await cli.waitFor(/CredentialsProviderError[^\n]*\n/);
	assert.equal(cli.child.exitCode, null, 'still running');
	const exit = await cli.stop('SIGTERM');
	assert.deepEqual(exit, {code: 0, signal: null});
	assert.equal(cli.stdout(), '');
	const lines = cli.stderr().trimEnd().split('\n');
	for (const line of lines) assert.match(line, missingCredentials);
	assert.equal(lines.length, 1, `one line for one problem shared by every source:\n${cli.stderr()}`);
	assert.doesNotMatch(cli.stderr(), noStack);
});

test('--watch with no credentials reports each source once, not again on every retry', async (t) => {
	for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
	Object.assign(process.env, cleanEnv(), {PATH: process.env['PATH']});
	// Nothing may leave loopback even if some credential turned up: point every client at a closed port.
	const endpointUrl = `http://127.0.0.1:${await closedPort()}`;
	const timers = createManualTimers(Date.now());
	const config = parseConfig([], {region: 'us-east-1', watch: true, endpointUrl}, false);
	const session = await openSession(config, {timers, random: () => 0.5});
	t.after(() => session.close());
	let stderr = '';
	const io = {
		stdout: new Writable({write: (_chunk, _encoding, done) => done()}),
		stderr: new Writable({
			write(chunk: Buffer, _encoding, done) {
				stderr += chunk.toString();
				done();
			},
		}),
	};
	const stop = new AbortController();
	const watching = runWatch(session, io, stop.signal, {statuses: []}, timers.now);
	await settle();
	await session.poller.idle();
	const start = timers.now();
	while (timers.now() - start < 10 * 60_000) {
		timers.next();
		await settle();
		await session.poller.idle();
	}
	const sources = [...session.store.getState().sources.values()];
	assert.ok(sources.every((source) => source.consecutiveFailures >= 5), 'retried all along');
	assert.ok(sources.every((source) => source.lastError?.code === 'CredentialsProviderError'));
	const lines = stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, stderr);
	for (const line of lines) assert.match(line, missingCredentials);
	stop.abort();
	assert.equal(await watching, 0);
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	test(`${signal} ends cutwatch --demo --watch cleanly: exit 0, no stack trace`, async (t) => {
		const cli = spawnCli(['--demo', '--watch']);
		t.after(() => cli.child.kill('SIGKILL'));
		await cli.waitFor(/ listed /);
		const exit = await cli.stop(signal);
		assert.deepEqual(exit, {code: 0, signal: null});
		assert.equal(cli.stderr(), '');
		assert.doesNotMatch(cli.stdout(), noStack);
	});
}
