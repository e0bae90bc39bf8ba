// cutwatch started with no AWS configuration at all (no region, no credentials, no config files), and ended by
// the signals a terminal, tmux or a service manager sends: one clear line, never a crash or a stack trace.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {captureIo} from '../helpers/capture-io.js';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {runWatch} from '../../source/outputs/watch.js';
import {closedPort} from '../aws/loopback-server.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {renderScreen} from '../tui/render-screen.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {spawnCli} from './cli-process.js';
import {settle} from './fault-session.js';

const noStack = /\n\s+at |Error: .*\n\s+at /;
// What is true: nothing was sent; where the chain looked (these are cleanEnv's paths); the command that fixes it.
const missingCredentials =
	/NoCredentials: no AWS credentials found \(looked in AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY, \/nonexistent\/config, \/nonexistent\/credentials, SSO, web identity and container roles; instance metadata is turned off; nothing was sent to AWS\) — run aws configure \(access keys\) or aws configure sso, or pass --profile; or try --demo/;
/** --watch's stderr line says what failed as --once does (code, message, hint), and when it is tried again. */
const missingCredentialsWatch =
	/error NoCredentials: no AWS credentials found \(looked in AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY, \/nonexistent\/config, \/nonexistent\/credentials, SSO, web identity and container roles; instance metadata is turned off; nothing was sent to AWS\), retry in \d+s — run aws configure \(access keys\) or aws configure sso, or pass --profile; or try --demo$/;

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
	await cli.waitFor(/NoCredentials[^\n]*\n/);
	assert.equal(cli.child.exitCode, null, 'still running');
	const exit = await cli.stop('SIGTERM');
	assert.deepEqual(exit, {code: 0, signal: null});
	assert.equal(cli.stdout(), '');
	const lines = cli.stderr().trimEnd().split('\n');
	for (const line of lines) assert.match(line, missingCredentialsWatch);
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
	const {io, stderr} = captureIo();
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
	assert.ok(
		sources.every((source) => source.consecutiveFailures >= 5),
		'retried all along',
	);
	assert.ok(sources.every((source) => source.lastError?.code === 'NoCredentials'));
	const lines = stderr().trimEnd().split('\n');
	assert.equal(lines.length, 1, stderr());
	for (const line of lines) assert.match(line, missingCredentialsWatch);
	stop.abort();
	assert.equal(await watching, 0);
});

test('--profile migration that no config file has: says so, names both files and the command that creates it', async () => {
	const result = await runCli(['--once', '--region', 'us-east-1', '--profile', 'migration']);
	assert.equal(result.code, 3);
	const lines = result.stderr.trimEnd().split('\n');
	assert.equal(lines.length, 1, result.stderr);
	assert.match(
		lines[0]!,
		/ProfileNotFound: no profile "migration" in \/nonexistent\/config or \/nonexistent\/credentials — create it: aws configure --profile migration \(access keys\) or aws configure sso --profile migration; or check the name/,
	);
	assert.doesNotMatch(result.stderr, /set AWS_PROFILE|CredentialsProviderError|has not answered/);
});

test('--profile migration with no such profile and no --region: one line about the profile, not about the region', async () => {
	const result = await runCli(['--once', '--profile', 'migration']);
	assert.equal(result.code, 3);
	assert.equal(
		result.stderr,
		'cutwatch: no profile "migration" in /nonexistent/config or /nonexistent/credentials: create it with aws configure --profile migration (access keys) or aws configure sso --profile migration; or check the name\n',
	);
});

test('a profile that exists but holds no credentials: says which profile and how to give it some', async (t) => {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-profile-'));
	t.after(() => rmSync(dir, {recursive: true, force: true}));
	const config = join(dir, 'config');
	writeFileSync(config, '[profile migration]\nregion = eu-west-1\n');
	const result = await runCli(['--once', '--profile', 'migration', '--sources', 'import'], {env: cleanEnv({AWS_CONFIG_FILE: config})});
	assert.equal(result.code, 3);
	assert.match(
		result.stderr,
		/^cutwatch: Snapshot imports \(migration eu-west-1\): NoCredentials: profile migration has no usable credentials \(looked in .*config, \/nonexistent\/credentials, SSO, .*; nothing was sent to AWS\) — run aws configure --profile migration \(access keys\), or aws configure sso --profile migration then aws sso login --profile migration/,
	);
});

test('the live screen with no credentials shows the problem, not "connecting" or "AWS has not answered"', async (t) => {
	for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
	Object.assign(process.env, cleanEnv(), {PATH: process.env['PATH']});
	const endpointUrl = `http://127.0.0.1:${await closedPort()}`;
	const timers = createManualTimers(Date.now());
	const config = parseConfig([], {region: 'us-east-1', endpointUrl}, false);
	const session = await openSession(config, {timers, random: () => 0.5});
	t.after(() => session.close());
	await session.poller.pollOnce();
	const sources = [...session.store.getState().sources.values()];
	assert.ok(sources.every((source) => source.phase === 'error' && source.lastError?.code === 'NoCredentials'));
	const screen = renderScreen(session.store, {columns: 200, rows: 50, accounts: [...session.accounts], regions: [...session.regions]});
	t.after(() => screen.unmount());
	await screen.waitFor((frame) => frame.includes('NoCredentials'));
	const frame = screen.frame();
	assert.doesNotMatch(frame, /connecting|has not answered/);
	assert.match(screen.lines()[0]!, /4 sources failing/);
	assert.match(frame, /run aws configure/);
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
