import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {checkTargets, runCheck} from '../../source/outputs/check.js';
import {policySection} from '../../source/outputs/check-report.js';
import type {CheckResult} from '../../source/outputs/check-result.js';
import type {PollTarget} from '../../source/poller/poller.js';
import {openDemoSession} from '../helpers/demo-session.js';

const describeActions = new Set(['DescribeImportSnapshotTasks', 'DescribeExportImageTasks', 'DescribeStoreImageTasks', 'DescribeImportTasks']);
const allActions = ['ec2:DescribeImportSnapshotTasks', 'ec2:DescribeExportImageTasks', 'ec2:DescribeStoreImageTasks', 'discovery:DescribeImportTasks'];

function captureIo() {
	const sink = () => {
		let text = '';
		const stream = new Writable({
			write(chunk: Buffer | string, _encoding, done) {
				text += chunk.toString();
				done();
			},
		});
		return {stream, text: () => text};
	};
	const stdout = sink();
	const stderr = sink();
	return {io: {stdout: stdout.stream, stderr: stderr.stream}, stdout: stdout.text, stderr: stderr.text};
}

type Row = {line: string; account: string; region: string; action: string; result: string; detail: string};

/** The table rows (header excluded), split on the column gaps. */
function tableRows(stdout: string): Row[] {
	const [header, ...rest] = stdout.split('\n\n')[0]!.split('\n');
	assert.match(header!, /^ACCOUNT +REGION +PERMISSION +RESULT +DETAIL$/);
	return rest.map((line) => {
		const match = /^(\S+) +(\S+) +(\S+) +(ALLOWED|DENIED|ERROR)(?: +(.*))?$/.exec(line);
		assert.ok(match, `table row: ${line}`);
		return {line, account: match[1]!, region: match[2]!, action: match[3]!, result: match[4]!, detail: match[5] ?? ''};
	});
}

function rowFor(rows: Row[], action: string, region = 'us-east-1'): Row {
	const row = rows.find((r) => r.action === action && r.region === region);
	assert.ok(row, `a row for ${action} in ${region}`);
	return row;
}

/** Every policy document printed (pretty JSON blocks starting at a line "{"). */
function policies(stdout: string): Array<{Version: string; Statement: Array<{Effect: string; Action: string[]; Resource: string}>}> {
	return [...stdout.matchAll(/^\{\n[\s\S]*?\n\}$/gm)].map((match) => JSON.parse(match[0]) as never);
}

test('everything allowed: exit 0, one ALLOWED row per operation, no policy', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	const {io, stdout, stderr} = captureIo();
	assert.equal(await runCheck(session, io), 0);
	const rows = tableRows(stdout());
	assert.deepEqual(rows.map((row) => row.action).sort(), [...allActions].sort());
	for (const row of rows) {
		assert.equal(row.result, 'ALLOWED', row.line);
		assert.equal(row.account, 'demo');
		assert.equal(row.region, 'us-east-1');
	}
	assert.deepEqual(policies(stdout()), []);
	assert.match(stdout(), /All 4 permissions allowed/);
	assert.equal(stderr(), '');
	// A preflight reads no task data, so the store was never touched.
	assert.equal(session.store.getState().sources.size, 0);
});

test('one EC2 operation denied: exit 3, that row DENIED, and the policy grants exactly that action', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	session.simulator!.setFault('DescribeStoreImageTasks', {kind: 'denied'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	const rows = tableRows(stdout());
	const store = rowFor(rows, 'ec2:DescribeStoreImageTasks');
	assert.equal(store.result, 'DENIED');
	assert.match(store.detail, /^UnauthorizedOperation: /);
	for (const row of rows.filter((r) => r !== store)) assert.equal(row.result, 'ALLOWED', row.line);
	const printed = policies(stdout());
	assert.equal(printed.length, 1);
	assert.deepEqual(printed[0], {
		Version: '2012-10-17',
		Statement: [{Sid: 'CutwatchReadOnly', Effect: 'Allow', Action: ['ec2:DescribeStoreImageTasks'], Resource: '*'}],
	});
	for (const allowed of allActions.filter((action) => action !== 'ec2:DescribeStoreImageTasks')) {
		assert.ok(!stdout().includes(`"${allowed}"`), `the policy leaves out ${allowed}, which is allowed`);
	}
	assert.match(stdout(), /3 of 4 allowed, 1 denied\.\n$/);
});

test('Discovery denied: the policy grants discovery:DescribeImportTasks', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	session.simulator!.setFault('DescribeImportTasks', {kind: 'denied'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	const discovery = rowFor(tableRows(stdout()), 'discovery:DescribeImportTasks');
	assert.equal(discovery.result, 'DENIED');
	assert.match(discovery.detail, /^AuthorizationErrorException: /);
	assert.deepEqual(policies(stdout())[0]?.Statement[0]?.Action, ['discovery:DescribeImportTasks']);
});

test('home region not set: ERROR with the home-region hint, no policy (nothing is denied), exit 3', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	session.simulator!.setFault('DescribeImportTasks', {kind: 'home-region'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	const rows = tableRows(stdout());
	const discovery = rowFor(rows, 'discovery:DescribeImportTasks');
	assert.equal(discovery.result, 'ERROR');
	assert.match(discovery.detail, /^HomeRegionNotSetException: .* — Migration Hub home region is not set: .*--discovery-region/);
	assert.equal(rows.filter((row) => row.result === 'ALLOWED').length, 3);
	assert.deepEqual(policies(stdout()), []);
	assert.match(stdout(), /3 of 4 allowed, 1 could not be checked\.\n$/);
});

test('expired credentials: every row is an ERROR that says to log in again', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	session.simulator!.setFault('*', {kind: 'expired'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	for (const row of tableRows(stdout())) {
		assert.equal(row.result, 'ERROR', row.line);
		assert.match(row.detail, /credentials expired: log in again/);
	}
	assert.deepEqual(policies(stdout()), []);
});

test('an unreachable endpoint: ERROR rows that say so, and no promise of a retry the check never makes', async (t) => {
	const session = await openDemoSession();
	t.after(() => session.close());
	await session.simulator!.close();
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	for (const row of tableRows(stdout())) {
		assert.equal(row.result, 'ERROR', row.line);
		assert.match(row.detail, /^ECONNREFUSED: .* — .*endpoint.*; run cutwatch --check again shortly$/);
	}
	assert.doesNotMatch(stdout(), /retrying/);
});

test("a hung endpoint does not hang the check: that row times out with the clients' timeout, the others answer", async (t) => {
	const config = parseConfig([], {demo: true}, false);
	const session = await openSession(config, {requestTimeoutMs: 250});
	t.after(() => session.close());
	session.simulator!.setFault('DescribeExportImageTasks', {kind: 'hang'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	const rows = tableRows(stdout());
	const exports = rowFor(rows, 'ec2:DescribeExportImageTasks');
	assert.equal(exports.result, 'ERROR');
	assert.match(exports.detail, /^TimeoutError: .* — the endpoint did not answer/);
	assert.equal(rows.filter((row) => row.result === 'ALLOWED').length, 3);
});

/** Fails the test instead of letting it wait: old code would wait for the socket backstop, or forever. */
function within<T>(ms: number, running: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)));
	return Promise.race([running, late]).finally(() => clearTimeout(timer));
}

test("a hung endpoint is bounded by the poller's attempt deadline, not by the socket backstop: a failed check in plain words", async (t) => {
	const config = parseConfig([], {demo: true}, false);
	// The socket timeout is a minute away: only the attempt deadline can end the probe in time.
	const session = await openSession(config, {requestTimeoutMs: 60_000});
	t.after(() => session.close());
	session.simulator!.setFault('DescribeExportImageTasks', {kind: 'hang'});
	const {io, stdout} = captureIo();
	assert.equal(await within(10_000, runCheck(session, io, {attemptDeadlineMs: 300})), 3);
	const rows = tableRows(stdout());
	const exports = rowFor(rows, 'ec2:DescribeExportImageTasks');
	assert.equal(exports.result, 'ERROR');
	assert.match(exports.detail, /^TimeoutError: no answer within 300 ms — the endpoint did not answer .*; run cutwatch --check again shortly$/);
	assert.equal(rows.filter((row) => row.result === 'ALLOWED').length, 3);
	assert.match(stdout(), /3 of 4 allowed, 1 could not be checked/);
});

test('a probe that never settles, whatever its signal says, still ends at the deadline', async () => {
	const target: PollTarget = {
		kind: 'store-image',
		scope: {region: 'us-east-1'},
		iamAction: 'ec2:DescribeStoreImageTasks',
		fetch: () => new Promise(() => {}),
		probe: () => new Promise(() => {}),
	};
	const [result] = await within(5_000, checkTargets([target], {attemptDeadlineMs: 50}));
	assert.equal(result!.outcome, 'error');
	assert.equal(result!.problem?.code, 'TimeoutError');
	assert.equal(result!.problem?.message, 'no answer within 50 ms');
});

test('read-only: one request per source, only Describe actions, DryRun=true on every EC2 request, one Discovery record', async (t) => {
	const session = await openDemoSession({region: 'us-east-1,eu-west-1'});
	t.after(() => session.close());
	session.simulator!.setFault('DescribeExportImageTasks', {kind: 'denied'});
	const {io, stdout} = captureIo();
	assert.equal(await runCheck(session, io), 3);
	// 3 EC2 operations in 2 regions, Discovery once (in the discovery region).
	assert.equal(tableRows(stdout()).length, 7);
	const requests = session.simulator!.requests();
	assert.equal(requests.length, 7);
	for (const request of requests) {
		assert.ok(describeActions.has(request.action), `only Describe actions: ${request.action}`);
		if (request.protocol === 'ec2') {
			assert.equal((request.params as Record<string, string>)['DryRun'], 'true', `${request.action} is a DryRun`);
			assert.ok(request.status === 412 || request.status === 403, `${request.action} answered ${request.status}`);
		} else {
			assert.deepEqual(request.params, {maxResults: 1});
		}
	}
	assert.deepEqual(
		policies(stdout()).map((policy) => policy.Statement[0]?.Action),
		[['ec2:DescribeExportImageTasks']],
		'one action, even when denied in two regions',
	);
});

test('the table is aligned: every column starts at the same place on every line', async (t) => {
	const session = await openDemoSession({region: 'us-east-1,ap-southeast-2'});
	t.after(() => session.close());
	session.simulator!.setFault('DescribeImportSnapshotTasks', {kind: 'denied'});
	const {io, stdout} = captureIo();
	await runCheck(session, io);
	const [header, ...lines] = stdout().split('\n\n')[0]!.split('\n');
	for (const title of ['REGION', 'PERMISSION', 'RESULT', 'DETAIL']) {
		const column = header!.indexOf(title);
		for (const line of lines) {
			if (title === 'DETAIL' && line.length <= column) continue; // ALLOWED rows have no detail
			assert.notEqual(line[column - 1], undefined);
			assert.equal(line[column - 1], ' ', `${title} starts after a gap: ${line}`);
			assert.notEqual(line[column], ' ', `${title} starts at column ${column}: ${line}`);
		}
	}
});

// --- Without AWS: the check's own rules, with targets whose probes the test controls.

function fakeTarget(overrides: Partial<PollTarget> & Pick<PollTarget, 'kind'>): PollTarget {
	return {
		scope: {region: 'us-east-1', account: 'prod'},
		iamAction: `ec2:${overrides.kind}`,
		fetch: () => Promise.reject(new Error('--check must never fetch')),
		...overrides,
	};
}

test("probes run in parallel, never more than the limit at once, and rows keep the targets' order", async () => {
	let inFlight = 0;
	let peak = 0;
	const waiting: Array<() => void> = [];
	const targets = Array.from({length: 10}, (_, i) =>
		fakeTarget({
			kind: 'import-snapshot',
			scope: {region: `us-east-${i + 1}`, account: 'prod'},
			probe: () =>
				new Promise<void>((resolve) => {
					inFlight++;
					peak = Math.max(peak, inFlight);
					waiting.push(() => {
						inFlight--;
						resolve();
					});
				}),
		}),
	);
	const done = checkTargets(targets, {concurrency: 4});
	// Answer the newest request first, so completion order is the reverse of the start order.
	for (let answered = 0; answered < targets.length;) {
		await new Promise((resolve) => setImmediate(resolve));
		const answer = waiting.pop();
		if (answer) {
			answer();
			answered++;
		}
	}
	const results = await done;
	assert.equal(peak, 4);
	assert.deepEqual(
		results.map((result) => result.region),
		targets.map((target) => target.scope.region),
	);
	assert.ok(results.every((result) => result.outcome === 'allowed'));
});

test('a source blocked before any request (no Discovery endpoint) is an ERROR with its hint, and is not probed', async () => {
	let probed = false;
	const {io, stdout} = captureIo();
	const code = await runCheck(
		{
			targets: [
				fakeTarget({
					kind: 'discovery-import',
					iamAction: 'discovery:DescribeImportTasks',
					scope: {region: 'eu-north-1', account: 'prod'},
					blocked: {
						code: 'NoDiscoveryEndpoint',
						message: 'Application Discovery Service has no endpoint in eu-north-1',
						hint: 'pass --discovery-region with your Migration Hub home region (e.g. us-west-2)',
						errorClass: 'config',
						throttled: false,
						needsAction: true,
					},
					probe: async () => {
						probed = true;
					},
				}),
			],
		},
		io,
	);
	assert.equal(code, 3);
	assert.equal(probed, false);
	const [row] = tableRows(stdout());
	assert.equal(row!.result, 'ERROR');
	assert.match(row!.detail, /^NoDiscoveryEndpoint: .* — pass --discovery-region/);
});

test('what AWS says is sanitised: no escape sequence from an error message reaches the terminal', async () => {
	const hostile = Object.assign(new Error('denied \u001b]52;c;ZXZpbA==\u0007\u001b[2J for you\u202e'), {name: 'UnauthorizedOperation'});
	const {io, stdout} = captureIo();
	await runCheck({targets: [fakeTarget({kind: 'store-image', probe: () => Promise.reject(hostile)})]}, io);
	assert.doesNotMatch(stdout(), /[\u001b\u0007\u202e]/);
	assert.match(tableRows(stdout())[0]!.detail, /^UnauthorizedOperation: denied .*for you$/);
});

test('several accounts: one policy per distinct set of missing actions, naming its accounts', () => {
	const result = (account: string, iamAction: string, outcome: CheckResult['outcome']): CheckResult => ({
		kind: 'store-image',
		account,
		region: 'us-east-1',
		iamAction,
		outcome,
	});
	const text = policySection([
		result('prod', 'ec2:DescribeStoreImageTasks', 'denied'),
		result('prod', 'discovery:DescribeImportTasks', 'denied'),
		result('prod', 'ec2:DescribeImportSnapshotTasks', 'denied'),
		result('staging', 'ec2:DescribeStoreImageTasks', 'denied'),
		result('staging', 'ec2:DescribeImportSnapshotTasks', 'allowed'),
		result('dev', 'ec2:DescribeStoreImageTasks', 'denied'),
		result('qa', 'ec2:DescribeStoreImageTasks', 'error'),
	]);
	assert.match(text, /\(account prod\)/);
	assert.match(text, /\(accounts staging, dev\)/);
	assert.doesNotMatch(text, /qa/);
	assert.deepEqual(
		policies(text).map((policy) => policy.Statement[0]?.Action),
		[
			// The README's order, whatever order the denials came in.
			['ec2:DescribeImportSnapshotTasks', 'ec2:DescribeStoreImageTasks', 'discovery:DescribeImportTasks'],
			['ec2:DescribeStoreImageTasks'],
		],
	);
});
