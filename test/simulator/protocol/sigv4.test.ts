// Optional full SigV4 verification: requests signed with the known dummy secret pass, others are refused the way
// AWS refuses them. Off by default, because --endpoint-url users sign with their real secrets.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {DescribeImportSnapshotTasksCommand} from '@aws-sdk/client-ec2';
import {demoCredentials} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, rawRequest, rejection, signedHeaders, startTestSimulator, xmlErrorCode} from '../helpers.js';

const verifySignatures = {secretAccessKey: demoCredentials.secretAccessKey};

describe('SigV4 verification', () => {
	it('accepts the SDK and signed Discovery calls made with the right secret', async (t) => {
		const {sim} = await startTestSimulator(t, {verifySignatures});
		const output = await ec2Client(sim.endpoint).send(
			new DescribeImportSnapshotTasksCommand({MaxResults: 5, Filters: [{Name: 'task-state', Values: ['active', 'completed']}]}),
		);
		assert.equal(output.$metadata.httpStatusCode, 200);
		assert.equal((await discoveryCall(sim.endpoint, {maxResults: 2})).status, 200);
	});

	it('accepts botocore-style signing (content-type;host;x-amz-date, no payload hash header)', async (t) => {
		const {sim} = await startTestSimulator(t, {verifySignatures});
		const body = 'Action=DescribeExportImageTasks&Version=2016-11-15';
		const headers = await signedHeaders(sim.endpoint, 'ec2', {'content-type': 'application/x-www-form-urlencoded; charset=utf-8'}, body, {
			applyChecksum: false,
		});
		assert.match(headers.authorization!, /SignedHeaders=content-type;host;x-amz-date,/);
		assert.equal(headers['x-amz-content-sha256'], undefined);
		const response = await rawRequest(sim.endpoint, {headers, body});
		assert.equal(response.status, 200, response.body);
	});

	it('refuses a wrong secret: EC2 403 SignatureDoesNotMatch, Discovery 400 InvalidSignatureException', async (t) => {
		const {sim} = await startTestSimulator(t, {verifySignatures});
		const client = ec2Client(sim.endpoint, {credentials: {accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'not-the-secret'}});
		const error = await rejection(client.send(new DescribeImportSnapshotTasksCommand({})));
		assert.equal(error.name, 'SignatureDoesNotMatch');
		assert.equal(error.$metadata.httpStatusCode, 403);
		const discovery = await discoveryCall(sim.endpoint, {}, {secretAccessKey: 'not-the-secret'});
		assert.equal(discovery.status, 400);
		assert.equal(discovery.json.__type, 'InvalidSignatureException');
	});

	it('refuses a body changed after signing', async (t) => {
		const {sim} = await startTestSimulator(t, {verifySignatures});
		const body = 'Action=DescribeImportSnapshotTasks&Version=2016-11-15';
		const headers = await signedHeaders(sim.endpoint, 'ec2', {'content-type': 'application/x-www-form-urlencoded'}, body);
		const tampered = await rawRequest(sim.endpoint, {headers, body: `${body}&MaxResults=5`});
		assert.equal(tampered.status, 403);
		assert.equal(xmlErrorCode(tampered.body), 'SignatureDoesNotMatch');
	});

	it('is off by default: any well-formed signature is accepted', async (t) => {
		const {sim} = await startTestSimulator(t);
		const client = ec2Client(sim.endpoint, {credentials: {accessKeyId: 'AKIAREALKEY', secretAccessKey: 'a-real-secret'}});
		assert.equal((await client.send(new DescribeImportSnapshotTasksCommand({}))).$metadata.httpStatusCode, 200);
	});
});
