// What AWS rejects, the simulator rejects, with AWS's error format and status.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeExportImageTasksCommand, DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {discoveryCall, discoveryTarget, ec2Client, ec2FormCall, rawRequest, rejection, signedHeaders, startTestSimulator, xmlErrorCode} from '../helpers.js';
import {smallScenario} from '../fixtures.js';

describe('EC2 parameter rejections', () => {
	it('MaxResults outside each operation range is 400 InvalidParameterValue; the edges are accepted', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const client = ec2Client(sim.endpoint);
		const cases = [
			[(n: number) => new DescribeImportSnapshotTasksCommand({MaxResults: n}), 1000],
			[(n: number) => new DescribeExportImageTasksCommand({MaxResults: n}), 500],
			[(n: number) => new DescribeStoreImageTasksCommand({MaxResults: n}), 200],
		] as const;
		for (const [command, max] of cases) {
			for (const bad of [0, max + 1]) {
				const error = await rejection(client.send(command(bad) as DescribeImportSnapshotTasksCommand));
				assert.equal(error.name, 'InvalidParameterValue', `MaxResults ${bad}`);
				assert.equal(error.$metadata.httpStatusCode, 400);
				assert.match(error.message, new RegExp(`Value \\( ${bad} \\) for parameter maxResults is invalid. Expecting a value between 1 and ${max}.`));
			}
			for (const good of [1, max]) {
				const output = await client.send(command(good) as DescribeImportSnapshotTasksCommand);
				assert.equal(output.$metadata.httpStatusCode, 200);
			}
		}
	});

	it('store: ImageIds with MaxResults is 400 InvalidParameterCombination; more than 20 ImageIds is 400', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const client = ec2Client(sim.endpoint);
		const combined = await rejection(client.send(new DescribeStoreImageTasksCommand({ImageIds: ['ami-0aaaaaaaaaaaaaaaa'], MaxResults: 5})));
		assert.equal(combined.name, 'InvalidParameterCombination');
		assert.equal(combined.$metadata.httpStatusCode, 400);
		const many = Array.from({length: 21}, (_, index) => `ami-${index.toString(16).padStart(17, '0')}`);
		const tooMany = await rejection(client.send(new DescribeStoreImageTasksCommand({ImageIds: many})));
		assert.equal(tooMany.name, 'InvalidParameterValue');
		assert.equal(tooMany.$metadata.httpStatusCode, 400);
		const twenty = await client.send(new DescribeStoreImageTasksCommand({ImageIds: many.slice(0, 20)}));
		assert.deepEqual(twenty.StoreImageTaskResults, []);
	});

	it('DryRun: 412 DryRunOperation for each operation, which the SDK does not retry', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const client = ec2Client(sim.endpoint, {maxAttempts: 3});
		for (const command of [
			new DescribeImportSnapshotTasksCommand({DryRun: true}),
			new DescribeExportImageTasksCommand({DryRun: true}),
			new DescribeStoreImageTasksCommand({DryRun: true}),
		]) {
			const error = await rejection(client.send(command as DescribeImportSnapshotTasksCommand));
			assert.equal(error.name, 'DryRunOperation');
			assert.equal(error.message, 'Request would have succeeded, but DryRun flag is set.');
			assert.equal(error.$metadata.httpStatusCode, 412);
			assert.equal(error.$metadata.attempts, 1);
		}
		const normal = await client.send(new DescribeImportSnapshotTasksCommand({DryRun: false}));
		assert.equal(normal.$metadata.httpStatusCode, 200);
	});

	it('unknown Action is 400 InvalidAction; no Action is 400 MissingAction', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const unknown = await ec2FormCall(sim.endpoint, {Action: 'CreateStoreImageTask', Version: '2016-11-15'});
		assert.equal(unknown.status, 400);
		assert.equal(xmlErrorCode(unknown.body), 'InvalidAction');
		assert.match(
			unknown.body,
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Response><Errors><Error><Code>InvalidAction<\/Code><Message>The action CreateStoreImageTask is not valid for this web service.<\/Message><\/Error><\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/,
		);
		const missing = await ec2FormCall(sim.endpoint, {Version: '2016-11-15'});
		assert.equal(missing.status, 400);
		assert.equal(xmlErrorCode(missing.body), 'MissingAction');
	});

	it('reads the form as a set of keys and accepts content-type with or without charset', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const shuffled = 'MaxResults=1&NextToken=&Version=2016-11-15&Action=DescribeExportImageTasks';
		const plain = await ec2FormCall(sim.endpoint, shuffled.replace('NextToken=&', ''));
		assert.equal(plain.status, 200);
		assert.match(plain.body, /<nextToken>/);
		const charset = await ec2FormCall(sim.endpoint, 'Action=DescribeExportImageTasks&Version=2016-11-15', 'application/x-www-form-urlencoded; charset=utf-8');
		assert.equal(charset.status, 200);
		assert.match(charset.body, /<DescribeExportImageTasksResponse /);
	});
});

describe('signature rejections', () => {
	const form = 'Action=DescribeImportSnapshotTasks&Version=2016-11-15';

	it('EC2 without Authorization: 401 MissingAuthenticationToken; garbled: 401 AuthFailure', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const unsigned = await rawRequest(sim.endpoint, {headers: {'content-type': 'application/x-www-form-urlencoded'}, body: form});
		assert.equal(unsigned.status, 401);
		assert.equal(xmlErrorCode(unsigned.body), 'MissingAuthenticationToken');
		for (const authorization of [
			'Bearer abc',
			'AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=nothex',
			'AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=' + 'a'.repeat(64),
		]) {
			const garbled = await rawRequest(sim.endpoint, {
				headers: {'content-type': 'application/x-www-form-urlencoded', authorization, 'x-amz-date': '20261123T120000Z'},
				body: form,
			});
			assert.equal(garbled.status, 401, authorization);
			assert.equal(xmlErrorCode(garbled.body), 'AuthFailure');
		}
		const headers = await signedHeaders(sim.endpoint, 'ec2', {'content-type': 'application/x-www-form-urlencoded'}, form);
		const wrongDate = await rawRequest(sim.endpoint, {headers: {...headers, 'x-amz-date': '20200101T000000Z'}, body: form});
		assert.equal(wrongDate.status, 401);
		assert.equal(xmlErrorCode(wrongDate.body), 'AuthFailure');
	});

	it('Discovery without Authorization: 400 MissingAuthenticationTokenException; garbled: 400 IncompleteSignatureException', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const headers = {'content-type': 'application/x-amz-json-1.1', 'x-amz-target': discoveryTarget};
		const unsigned = await rawRequest(sim.endpoint, {headers, body: '{}'});
		assert.equal(unsigned.status, 400);
		assert.deepEqual(JSON.parse(unsigned.body), {__type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token'});
		const garbled = await rawRequest(sim.endpoint, {headers: {...headers, authorization: 'AWS4-HMAC-SHA256 garbage'}, body: '{}'});
		assert.equal(garbled.status, 400);
		assert.equal(JSON.parse(garbled.body).__type, 'IncompleteSignatureException');
		assert.equal(garbled.headers['content-type'], 'application/x-amz-json-1.1');
	});
});

describe('Discovery rejections', () => {
	it('an unknown X-Amz-Target is 400 UnknownOperationException in JSON', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		for (const target of ['AWSPoseidonService_V2015_11_01.StartImportTask', 'AWSPoleFireSAService.DescribeImportTasks']) {
			const {status, json, headers} = await discoveryCall(sim.endpoint, {}, {target});
			assert.equal(status, 400);
			assert.equal(json.__type, 'UnknownOperationException');
			assert.equal(headers['content-type'], 'application/x-amz-json-1.1');
		}
	});

	it('maxResults outside 1-100, bad filters and bad JSON are rejected', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		for (const maxResults of [0, 101]) {
			const {status, json} = await discoveryCall(sim.endpoint, {maxResults});
			assert.equal(status, 400);
			assert.equal(json.__type, 'InvalidParameterValueException');
		}
		assert.equal((await discoveryCall(sim.endpoint, {maxResults: 100})).status, 200);
		const badName = await discoveryCall(sim.endpoint, {filters: [{name: 'OWNER', values: ['x']}]});
		assert.equal(badName.json.__type, 'InvalidParameterValueException');
		const noValues = await discoveryCall(sim.endpoint, {filters: [{name: 'NAME', values: []}]});
		assert.equal(noValues.json.__type, 'InvalidParameterValueException');
		const badJson = await discoveryCall(sim.endpoint, '{"maxResults":');
		assert.equal(badJson.status, 400);
		assert.equal(badJson.json.__type, 'SerializationException');
		const wrongType = await discoveryCall(sim.endpoint, {maxResults: 'ten'});
		assert.equal(wrongType.json.__type, 'SerializationException');
	});
});

describe('Discovery regions', () => {
	it('refuses a request signed for a region Discovery does not serve, as an AWS endpoint refuses a mis-scoped one', async (t) => {
		const {sim} = await startTestSimulator(t, {scenario: smallScenario()});
		const {DiscoveryClient, DescribeImportTasksCommand} = await import('../../../source/aws/discovery/index.js');
		const {demoCredentials} = await import('../../../source/simulator/index.js');
		const client = (region: string) => new DiscoveryClient({region, endpoint: sim.endpoint, credentials: demoCredentials, maxAttempts: 1});
		const error = await rejection(client('us-east-2').send(new DescribeImportTasksCommand({})));
		assert.equal(error.name, 'InvalidSignatureException');
		assert.equal(error.$metadata.httpStatusCode, 400);
		assert.match(error.message, /Credential should be scoped to a valid region/);
		for (const region of ['us-east-1', 'us-west-2', 'ap-southeast-2', 'ap-northeast-1', 'eu-central-1', 'eu-west-1', 'eu-west-2']) {
			const output = await client(region).send(new DescribeImportTasksCommand({}));
			assert.equal(output.$metadata.httpStatusCode, 200, region);
		}
	});
});
