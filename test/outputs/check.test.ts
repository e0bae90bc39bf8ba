import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runCheck} from '../../source/outputs/check.js';
import {policySection} from '../../source/outputs/check-report.js';
import type {CheckResult} from '../../source/outputs/check-result.js';
import {captureIo} from '../helpers/capture-io.js';
import {openDemoSession} from '../helpers/demo-session.js';
import {allActions, describeActions, policies, rowFor, tableRows, fakeTarget} from './check-helpers.js';
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
