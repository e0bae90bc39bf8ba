// The clients as cutwatch builds them (createClientSet) leave retrying to the poller: one request per call for
// throttling and server errors, and one reconnect when the connection dropped before any answer.
import assert from 'node:assert/strict';
import {test, type TestContext} from 'node:test';
import {DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {createClientSet} from '../../source/aws/clients.js';
import {DescribeImportTasksCommand} from '../../source/aws/discovery/index.js';
import {startLoopbackServer, type Reply} from './loopback-server.js';

const credentials = {accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret'};
const ec2Ok = {
	status: 200,
	headers: {'content-type': 'text/xml'},
	body: '<DescribeStoreImageTasksResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><storeImageTaskResultSet/></DescribeStoreImageTasksResponse>',
};
const ec2Throttled = {
	status: 503,
	headers: {'content-type': 'text/xml'},
	body: '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>r</RequestID></Response>',
};
const ec2ServerError = {
	status: 500,
	headers: {'content-type': 'text/xml'},
	body: '<Response><Errors><Error><Code>InternalError</Code><Message>An internal error has occurred</Message></Error></Errors><RequestID>r</RequestID></Response>',
};
const discoveryOk = {status: 200, body: {tasks: []}};
const discoveryThrottled = {status: 400, body: {__type: 'ThrottlingException', message: 'Rate exceeded'}};
const discoveryServerError = {status: 500, body: {__type: 'ServerInternalErrorException', message: 'internal'}};

async function clientsAgainst(t: TestContext, replies: (index: number) => Reply) {
	const server = await startLoopbackServer((_request, index) => replies(index));
	const clients = createClientSet({region: 'us-east-1', endpoint: server.endpoint, credentials});
	t.after(async () => {
		clients.destroy();
		await server.close();
	});
	return {server, clients};
}

const calls = {
	ec2: (clients: ReturnType<typeof createClientSet>) => clients.ec2.send(new DescribeStoreImageTasksCommand({})),
	discovery: (clients: ReturnType<typeof createClientSet>) => clients.discovery.send(new DescribeImportTasksCommand({})),
};

for (const service of ['ec2', 'discovery'] as const) {
	const [ok, throttled, serverError] = service === 'ec2' ? [ec2Ok, ec2Throttled, ec2ServerError] : [discoveryOk, discoveryThrottled, discoveryServerError];

	test(`${service}: throttling is not retried inside a call (one request)`, async (t) => {
		const {server, clients} = await clientsAgainst(t, () => throttled);
		await assert.rejects(calls[service](clients), (error: Error & {$metadata?: {attempts?: number}}) => error.$metadata?.attempts === 1);
		assert.equal(server.requests.length, 1);
	});

	test(`${service}: a server error is not retried inside a call (one request)`, async (t) => {
		const {server, clients} = await clientsAgainst(t, () => serverError);
		await assert.rejects(calls[service](clients));
		assert.equal(server.requests.length, 1);
	});

	test(`${service}: a connection dropped once is retried once and the call succeeds`, async (t) => {
		const {server, clients} = await clientsAgainst(t, (index) => (index === 0 ? 'reset' : ok));
		const output = await calls[service](clients);
		assert.equal(output.$metadata.attempts, 2);
		assert.equal(server.requests.length, 2);
		assert.match(String(server.requests[1]!.headers['amz-sdk-request']), /attempt=2; max=2/);
	});

	test(`${service}: a connection that keeps dropping costs two requests, then the call fails with ECONNRESET`, async (t) => {
		const {server, clients} = await clientsAgainst(t, () => 'reset');
		await assert.rejects(calls[service](clients), (error: Error & {code?: string}) => error.code === 'ECONNRESET');
		assert.equal(server.requests.length, 2);
	});
}
