// Injected faults as clients experience them: the status and code the SDK surfaces, and whether it retries.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand, DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {NodeHttpHandler} from '@smithy/node-http-handler';
import {ConfiguredRetryStrategy} from '@smithy/util-retry';
import {discoveryCall, ec2Client, rejection, startTestSimulator} from '../helpers.js';
import {smallScenario} from '../fixtures.js';

const retrying = {retryStrategy: new ConfiguredRetryStrategy(3, 10)};

describe('EC2 faults through the SDK', () => {
	it('throttle: 503 RequestLimitExceeded, retried; other operations unaffected', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario(), faults: {DescribeStoreImageTasks: {kind: 'throttle'}}});
		const client = ec2Client(sim.endpoint, retrying);
		const error = await rejection(client.send(new DescribeStoreImageTasksCommand({})));
		assert.equal(error.name, 'RequestLimitExceeded');
		assert.equal(error.$metadata.httpStatusCode, 503);
		assert.equal(error.$metadata.attempts, 3);
		assert.equal(sim.counts().DescribeStoreImageTasks, 3);
		const other = await client.send(new DescribeExportImageTasksCommand({}));
		assert.equal(other.$metadata.httpStatusCode, 200);
	});

	it('error500: 500 InternalError, a server fault the SDK retries', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('import', {kind: 'error500'});
		const error = await rejection(ec2Client(sim.endpoint, retrying).send(new DescribeImportSnapshotTasksCommand({})));
		assert.equal(error.name, 'InternalError');
		assert.equal(error.$metadata.httpStatusCode, 500);
		assert.equal(error.$fault, 'server');
		assert.equal(error.$metadata.attempts, 3);
	});

	it('denied: 403 UnauthorizedOperation, not retried, and DryRun probes see it too', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('export', {kind: 'denied'});
		const client = ec2Client(sim.endpoint, retrying);
		const error = await rejection(client.send(new DescribeExportImageTasksCommand({})));
		assert.equal(error.name, 'UnauthorizedOperation');
		assert.equal(error.message, 'You are not authorized to perform this operation.');
		assert.equal(error.$metadata.httpStatusCode, 403);
		assert.equal(error.$metadata.attempts, 1);
		const probe = await rejection(client.send(new DescribeExportImageTasksCommand({DryRun: true})));
		assert.equal(probe.name, 'UnauthorizedOperation');
		const allowed = await rejection(client.send(new DescribeStoreImageTasksCommand({DryRun: true})));
		assert.equal(allowed.name, 'DryRunOperation');
	});

	it('expired: 400 RequestExpired, not retried', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('*', {kind: 'expired'});
		const error = await rejection(ec2Client(sim.endpoint, retrying).send(new DescribeImportSnapshotTasksCommand({})));
		assert.equal(error.name, 'RequestExpired');
		assert.equal(error.$metadata.httpStatusCode, 400);
		assert.equal(error.$metadata.attempts, 1);
	});

	it('malformed: a 200 with truncated XML fails the SDK call with a parse error, not retried', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('import', {kind: 'malformed'});
		const error = await rejection(ec2Client(sim.endpoint, retrying).send(new DescribeImportSnapshotTasksCommand({})));
		assert.match(error.message, /^@aws-sdk XML parse error/);
		assert.equal(error.$metadata.httpStatusCode, 200);
		assert.equal(error.$metadata.attempts, 1);
		assert.equal(sim.requests().at(-1)?.status, 200);
		assert.equal(sim.requests().at(-1)?.fault, 'malformed');
	});

	it('latency: the answer arrives after the added delay', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario(), faults: {DescribeExportImageTasks: {kind: 'latency', ms: 60}}});
		const started = performance.now();
		const output = await ec2Client(sim.endpoint).send(new DescribeExportImageTasksCommand({}));
		assert.ok(performance.now() - started >= 55, 'answered too early');
		assert.equal(output.ExportImageTasks?.length, 3);
		assert.equal(sim.requests().at(-1)?.fault, 'latency');
	});

	it('hang: no answer until the client gives up', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('store', {kind: 'hang'});
		const client = ec2Client(sim.endpoint, {requestHandler: new NodeHttpHandler({requestTimeout: 150, throwOnRequestTimeout: true})});
		const error = await rejection(client.send(new DescribeStoreImageTasksCommand({})));
		assert.match(`${error.name} ${error.message}`, /timeout|timed out/i);
		assert.equal(sim.requests().at(-1)?.status, null);
		client.destroy();
	});

	it('throttle with probability 0.5 hits about half the requests, in the same pattern for the same seed', async (t) => {
		const pattern = async (seed: number): Promise<string> => {
			const {sim} = await startTestSimulator(t, {scenario: smallScenario(), seed, faults: {DescribeExportImageTasks: {kind: 'throttle', probability: 0.5}}});
			const client = ec2Client(sim.endpoint);
			let marks = '';
			for (let call = 0; call < 60; call++) {
				marks += await client.send(new DescribeExportImageTasksCommand({})).then(
					() => '.',
					() => 'T',
				);
			}
			return marks;
		};
		const first = await pattern(11);
		const hits = first.split('').filter((mark) => mark === 'T').length;
		assert.ok(hits > 15 && hits < 45, `throttled ${hits} of 60: ${first}`);
		assert.equal(await pattern(11), first);
		assert.notEqual(await pattern(12), first);
	});

	it("an operation's own fault wins over '*'; clearFaults removes all", async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('*', {kind: 'error500'});
		sim.setFault('DescribeStoreImageTasks', {kind: 'denied'});
		assert.deepEqual(sim.faults(), {'*': {kind: 'error500'}, DescribeStoreImageTasks: {kind: 'denied'}});
		const client = ec2Client(sim.endpoint);
		assert.equal((await rejection(client.send(new DescribeStoreImageTasksCommand({})))).name, 'UnauthorizedOperation');
		assert.equal((await rejection(client.send(new DescribeImportSnapshotTasksCommand({})))).name, 'InternalError');
		assert.equal((await discoveryCall(sim.endpoint)).json.__type, 'ServerInternalErrorException');
		sim.clearFaults();
		assert.deepEqual(sim.faults(), {});
		assert.equal((await client.send(new DescribeStoreImageTasksCommand({}))).$metadata.httpStatusCode, 200);
		assert.throws(() => sim.setFault('nope' as 'store', {kind: 'hang'}), /unknown operation "nope"/);
		assert.throws(() => sim.setFault('store', {kind: 'throttle', probability: 2}), /probability must be a number in \(0, 1\]/);
	});
});

describe('Discovery faults', () => {
	const cases = [
		['throttle', 400, 'ThrottlingException'],
		['error500', 500, 'ServerInternalErrorException'],
		['denied', 400, 'AuthorizationErrorException'],
		['home-region', 400, 'HomeRegionNotSetException'],
		['expired', 400, 'ExpiredTokenException'],
	] as const;
	for (const [kind, status, code] of cases) {
		it(`${kind}: ${status} ${code}`, async (t) => {
			const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
			sim.setFault('discovery', {kind});
			const response = await discoveryCall(sim.endpoint);
			assert.equal(response.status, status);
			assert.equal(response.json.__type, code);
			assert.equal(typeof response.json.message, 'string');
			assert.equal(response.headers['x-amzn-errortype'], code);
		});
	}

	it('malformed: 200 with a body that is not JSON', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('discovery', {kind: 'malformed'});
		const response = await discoveryCall(sim.endpoint);
		assert.equal(response.status, 200);
		assert.throws(() => JSON.parse(response.body));
	});

	it("home-region under '*' leaves the EC2 operations working", async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		sim.setFault('*', {kind: 'home-region'});
		assert.equal((await discoveryCall(sim.endpoint)).json.__type, 'HomeRegionNotSetException');
		const output = await ec2Client(sim.endpoint).send(new DescribeExportImageTasksCommand({}));
		assert.equal(output.$metadata.httpStatusCode, 200);
	});
});
