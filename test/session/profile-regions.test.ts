// Several profiles without --region: each is polled in its own configured region (as the AWS CLI would use it),
// not all in the first profile's. Checked where it matters: the region each request was signed for (the
// simulator's request log), the region every --once --json record carries, and the regions the session shows.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {startSimulator, type Simulator} from '../../source/simulator/index.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

let simulator: Simulator;
let dir: string;
let configFile: string;

before(async () => {
	simulator = await startSimulator({});
	dir = mkdtempSync(join(tmpdir(), 'cutwatch-profiles-'));
	configFile = join(dir, 'config');
	writeFileSync(
		configFile,
		[
			'[profile alpha]',
			'region = us-east-1',
			'aws_access_key_id = AKIDALPHA0000000000',
			'aws_secret_access_key = alpha-secret',
			'',
			'[profile beta]',
			'region = eu-west-1',
			'aws_access_key_id = AKIDBETA00000000000',
			'aws_secret_access_key = beta-secret',
			'',
		].join('\n'),
	);
});

after(async () => {
	await simulator.close();
	rmSync(dir, {recursive: true, force: true});
});

type JsonDocument = {tasks: Array<{kind: string; account: string | null; region: string}>; errors: unknown[]};

/** Every request since `since`, as "access key → signing region", de-duplicated. */
function signedFor(since: number): Map<string, Set<string>> {
	const seen = new Map<string, Set<string>>();
	for (const request of simulator.requests().filter((r) => r.seq > since)) {
		const key = `${request.accessKeyId ?? '?'} ${request.action}`;
		seen.set(key, new Set([...(seen.get(key) ?? []), request.region ?? '?']));
	}
	return seen;
}

const lastSeq = () => simulator.requests().at(-1)?.seq ?? 0;

test('--profile alpha,beta with no --region: alpha in us-east-1, beta in its own eu-west-1 (requests and --once --json)', async () => {
	const since = lastSeq();
	const result = await runCli(['--once', '--json', '--profile', 'alpha,beta', '--endpoint-url', simulator.endpoint], {
		env: cleanEnv({AWS_CONFIG_FILE: configFile}),
	});
	assert.equal(result.code, 0, result.stderr);
	const document = JSON.parse(result.stdout) as JsonDocument;
	const scopes = new Set(document.tasks.map((task) => `${task.account} ${task.region}`));
	assert.deepEqual([...scopes].sort(), ['alpha us-east-1', 'beta eu-west-1']);
	for (const kind of ['import-snapshot', 'export-image', 'store-image', 'discovery-import']) {
		assert.ok(
			document.tasks.some((task) => task.kind === kind && task.account === 'beta' && task.region === 'eu-west-1'),
			`${kind} for beta`,
		);
	}

	const signed = signedFor(since);
	assert.equal(signed.size, 8, [...signed.keys()].join(', '));
	for (const [key, regions] of signed) {
		const expected = key.startsWith('AKIDALPHA') ? 'us-east-1' : 'eu-west-1';
		assert.deepEqual([...regions], [expected], key);
	}
});

test("--region overrides every profile's own region", async () => {
	const since = lastSeq();
	const result = await runCli(['--once', '--json', '--profile', 'alpha,beta', '--region', 'us-west-2', '--endpoint-url', simulator.endpoint], {
		env: cleanEnv({AWS_CONFIG_FILE: configFile}),
	});
	assert.equal(result.code, 0, result.stderr);
	const document = JSON.parse(result.stdout) as JsonDocument;
	assert.deepEqual([...new Set(document.tasks.map((task) => task.region))], ['us-west-2']);
	for (const regions of signedFor(since).values()) assert.deepEqual([...regions], ['us-west-2']);
});

test('the session lists every region watched (the header shows them), each profile with its own', async (t) => {
	const saved = {...process.env};
	t.after(() => {
		process.env = saved;
	});
	for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
	Object.assign(process.env, cleanEnv({AWS_CONFIG_FILE: configFile}), {PATH: process.env['PATH']});
	const config = parseConfig([], {profile: ['alpha', 'beta'], endpointUrl: simulator.endpoint}, false);
	const session = await openSession(config, {timers: createManualTimers(Date.now()), random: () => 0.5});
	t.after(() => session.close());
	assert.deepEqual(session.accounts, ['alpha', 'beta']);
	assert.deepEqual(session.regions, ['us-east-1', 'eu-west-1']);
	const scopes = new Set(session.targets.map((target) => `${target.scope.profile} ${target.scope.region} ${target.kind}`));
	assert.ok(scopes.has('beta eu-west-1 store-image') && scopes.has('beta eu-west-1 discovery-import'), [...scopes].join(', '));
	assert.ok(scopes.has('alpha us-east-1 store-image') && !scopes.has('beta us-east-1 store-image'));
});
