// --check's bounds: a hung endpoint or a probe that never settles ends at the deadline; probes run in parallel
// under the limit; a source blocked before any request is not probed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {checkTargets, runCheck} from '../../source/outputs/check.js';
import type {PollTarget} from '../../source/poller/poller.js';
import {rowFor, tableRows, fakeTarget} from './check-helpers.js';
import {captureIo} from '../helpers/capture-io.js';

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
