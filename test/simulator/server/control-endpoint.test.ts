// Steering a running simulator over HTTP from another process: faults, recent requests, counts, status.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {ec2Client, rawRequest, rejection, startTestSimulator} from '../helpers.js';
import {smallScenario} from '../fixtures.js';

const control = async (endpoint: string, method: string, path: string, body?: unknown) => {
	const response = await rawRequest(endpoint, {
		method,
		path: `/__simulator${path}`,
		headers: {'content-type': 'application/json'},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return {status: response.status, json: JSON.parse(response.body) as Record<string, unknown>};
};

describe('control endpoint', () => {
	it('sets, lists and clears faults while running', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const client = ec2Client(sim.endpoint);
		const set = await control(sim.endpoint, 'POST', '/faults', {spec: 'store=throttle'});
		assert.equal(set.status, 200);
		assert.deepEqual(set.json, {faults: {DescribeStoreImageTasks: {kind: 'throttle'}}, specs: ['DescribeStoreImageTasks=throttle']});
		assert.equal((await rejection(client.send(new DescribeStoreImageTasksCommand({})))).name, 'RequestLimitExceeded');

		await control(sim.endpoint, 'POST', '/faults', {target: 'discovery', fault: {kind: 'latency', ms: 5}});
		await control(sim.endpoint, 'POST', '/faults', {specs: ['import=denied', '*=error500:0.5']});
		assert.deepEqual(Object.keys(sim.faults()).sort(), ['*', 'DescribeImportSnapshotTasks', 'DescribeImportTasks', 'DescribeStoreImageTasks']);
		await control(sim.endpoint, 'POST', '/faults', {target: 'store', fault: null});
		assert.equal(sim.faults().DescribeStoreImageTasks, undefined);
		const listed = await control(sim.endpoint, 'GET', '/faults');
		assert.deepEqual(listed.json.specs, ['DescribeImportTasks=latency:5', 'DescribeImportSnapshotTasks=denied', '*=error500:0.5']);
		const cleared = await control(sim.endpoint, 'DELETE', '/faults');
		assert.deepEqual(cleared.json, {faults: {}, specs: []});
		assert.equal((await client.send(new DescribeStoreImageTasksCommand({}))).$metadata.httpStatusCode, 200);
	});

	it('rejects bad changes with a one-line error and changes nothing', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const bad = await control(sim.endpoint, 'POST', '/faults', {specs: ['store=throttle', 'store=explode']});
		assert.equal(bad.status, 400);
		assert.match(String(bad.json.error), /^unknown fault kind "explode"/);
		assert.deepEqual(sim.faults(), {});
		assert.equal((await control(sim.endpoint, 'POST', '/faults', {target: 'store', fault: {kind: 'latency'}})).status, 400);
		assert.equal((await control(sim.endpoint, 'POST', '/faults', {nonsense: true})).status, 400);
		const notJson = await rawRequest(sim.endpoint, {path: '/__simulator/faults', body: '{'});
		assert.equal(notJson.status, 400);
		assert.equal((await control(sim.endpoint, 'GET', '/nothing-here')).status, 404);
	});

	it('reports status, recent requests and counts, and is not itself logged', async (t) => {
		const {sim, clock} = await startTestSimulator(t, {scenario: smallScenario(), speed: 2, seed: 'abc'});
		clock.advance(1000);
		await ec2Client(sim.endpoint).send(new DescribeStoreImageTasksCommand({}));
		const status = await control(sim.endpoint, 'GET', '');
		assert.deepEqual(status.json, {scenario: 'fixture', tasks: 12, speed: 2, seed: 'abc', simulatedMs: 2000, startedAt: '2026-11-23T12:00:00.000Z'});
		const requests = await control(sim.endpoint, 'GET', '/requests?limit=1');
		assert.equal((requests.json.requests as Array<{action: string}>)[0]?.action, 'DescribeStoreImageTasks');
		assert.deepEqual((await control(sim.endpoint, 'GET', '/counts')).json, {counts: {DescribeStoreImageTasks: 1}});
		assert.equal(sim.requests().length, 1);
	});
});
