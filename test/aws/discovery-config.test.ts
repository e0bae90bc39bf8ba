import assert from 'node:assert/strict';
import {test, type TestContext} from 'node:test';
import {DescribeImportTasksCommand, DiscoveryClient} from '../../source/aws/discovery/index.js';
import {resolveEndpoint} from '../../source/aws/discovery/endpoint.js';
import {startLoopbackServer} from './loopback-server.js';

const serviceVar = 'AWS_ENDPOINT_URL_APPLICATION_DISCOVERY_SERVICE';

test('the default endpoint is discovery.<region>.amazonaws.com', () => {
	assert.equal(resolveEndpoint('eu-central-1', undefined, {}).href, 'https://discovery.eu-central-1.amazonaws.com/');
});

test('the service endpoint variable beats AWS_ENDPOINT_URL, which beats the default', () => {
	const env = {[serviceVar]: 'http://127.0.0.1:1111', AWS_ENDPOINT_URL: 'http://127.0.0.1:2222'};
	assert.equal(resolveEndpoint('us-west-2', undefined, env).port, '1111');
	assert.equal(resolveEndpoint('us-west-2', undefined, {AWS_ENDPOINT_URL: 'http://127.0.0.1:2222'}).port, '2222');
});

test('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS turns the variables off', () => {
	const env = {[serviceVar]: 'http://127.0.0.1:1111', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true'};
	assert.equal(resolveEndpoint('us-west-2', undefined, env).hostname, 'discovery.us-west-2.amazonaws.com');
});

test('an explicit endpoint beats the variables; a bad one is named in the error', () => {
	assert.equal(resolveEndpoint('us-west-2', 'http://127.0.0.1:3333', {[serviceVar]: 'http://127.0.0.1:1111'}).port, '3333');
	assert.throws(() => resolveEndpoint('us-west-2', 'not a url', {}), /endpoint is not a valid URL/);
});

function setEnv(values: Record<string, string | undefined>): void {
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
}

function withEnv(t: TestContext, values: Record<string, string | undefined>): void {
	const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
	setEnv(values);
	t.after(() => setEnv(saved));
}

test('without explicit config the client uses the endpoint variable and the standard credential chain', async (t) => {
	const server = await startLoopbackServer(() => ({body: {tasks: []}}));
	t.after(() => server.close());
	withEnv(t, {
		[serviceVar]: server.endpoint,
		AWS_ACCESS_KEY_ID: 'AKIDFROMENV',
		AWS_SECRET_ACCESS_KEY: 'env-secret',
		AWS_SESSION_TOKEN: 'env-session-token',
		AWS_PROFILE: undefined, // a profile would make the chain skip the env keys
		AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined,
	});
	const client = new DiscoveryClient({region: 'us-west-2', maxAttempts: 1});
	t.after(() => client.destroy());
	await client.send(new DescribeImportTasksCommand());
	const request = server.requests[0];
	assert.match(String(request?.headers.authorization), /Credential=AKIDFROMENV\//);
	assert.equal(request?.headers['x-amz-security-token'], 'env-session-token');
});
