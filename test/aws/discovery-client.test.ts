import assert from 'node:assert/strict';
import {test, type TestContext} from 'node:test';
import {ServiceException} from '@smithy/core/client';
import {Hash} from '@smithy/hash-node';
import {HttpRequest} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import type {AwsCredentialIdentity} from '@smithy/types';
import {ConfiguredRetryStrategy} from '@smithy/util-retry';
import {
	AuthorizationErrorException,
	DescribeImportTasksCommand,
	DiscoveryClient,
	HomeRegionNotSetException,
	paginateDescribeImportTasks,
	type DiscoveryClientConfig,
	type ImportTask,
} from '../../source/aws/discovery/index.js';
import {closedPort, startLoopbackServer, type RecordedRequest, type Responder} from './loopback-server.js';

const credentials = {accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret'};
const fastRetries = () => new ConfiguredRetryStrategy(3, 10);

async function setup(t: TestContext, respond: Responder, config: Partial<DiscoveryClientConfig> = {}) {
	const server = await startLoopbackServer(respond);
	const client = new DiscoveryClient({region: 'us-west-2', endpoint: server.endpoint, credentials, maxAttempts: 1, ...config});
	t.after(async () => {
		client.destroy();
		await server.close();
	});
	return {server, client};
}

type ClientError = Error & {code?: string; $metadata?: {attempts?: number}};

/** The error a send rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<ClientError> {
	return promise.then(
		() => assert.fail('expected the call to fail'),
		(error: unknown) => error as ClientError,
	);
}

function only<T>(list: readonly T[]): T {
	assert.equal(list.length, 1);
	return list[0]!;
}

function header(request: RecordedRequest, name: string): string {
	const value = request.headers[name];
	assert.equal(typeof value, 'string', `header ${name}`);
	return value as string;
}

/** Re-signs the received request with the secret, as the simulator does; true if the signature matches. */
async function signatureIsValid(request: RecordedRequest, port: number, secret: AwsCredentialIdentity): Promise<boolean> {
	const authorization = header(request, 'authorization');
	const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
	const amzDate = header(request, 'x-amz-date');
	const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
	const signer = new SignatureV4({
		credentials: secret,
		region: 'us-west-2',
		service: 'discovery',
		sha256: Hash.bind(null, 'sha256'),
		applyChecksum: false,
	});
	const resigned = await signer.sign(
		new HttpRequest({
			method: request.method,
			protocol: 'http:',
			hostname: '127.0.0.1',
			port,
			path: request.url,
			headers: Object.fromEntries(signedHeaders.map((name) => [name, String(request.headers[name])])),
			body: request.body,
		}),
		{signingDate},
	);
	return resigned.headers['authorization'] === authorization;
}

test('sends the exact awsJson1_1 request, SigV4-signed for discovery', async (t) => {
	const {server, client} = await setup(t, () => ({body: {tasks: []}}));
	await client.send(new DescribeImportTasksCommand());
	await client.send(new DescribeImportTasksCommand({filters: [{name: 'STATUS', values: ['IMPORT_IN_PROGRESS']}], maxResults: 5}));

	const [empty, filtered] = server.requests;
	assert.ok(empty && filtered);
	assert.equal(empty.method, 'POST');
	assert.equal(empty.url, '/');
	assert.equal(header(empty, 'content-type'), 'application/x-amz-json-1.1');
	assert.equal(header(empty, 'x-amz-target'), 'AWSPoseidonService_V2015_11_01.DescribeImportTasks');
	assert.equal(empty.body, '{}');
	assert.deepEqual(JSON.parse(filtered.body), {filters: [{name: 'STATUS', values: ['IMPORT_IN_PROGRESS']}], maxResults: 5});

	const date = header(empty, 'x-amz-date').slice(0, 8);
	const authorization = new RegExp(
		`^AWS4-HMAC-SHA256 Credential=AKIDTEST/${date}/us-west-2/discovery/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$`,
	).exec(header(empty, 'authorization'));
	assert.ok(authorization, header(empty, 'authorization'));
	const signed = authorization[1]?.split(';') ?? [];
	for (const name of ['content-type', 'host', 'x-amz-date', 'x-amz-target']) assert.ok(signed.includes(name), `${name} is signed`);
	assert.ok(await signatureIsValid(empty, server.port, credentials), 'signature verifies with the secret');
	assert.ok(!(await signatureIsValid(empty, server.port, {...credentials, secretAccessKey: 'wrong'})), 'and not with another');
	assert.ok(await signatureIsValid(filtered, server.port, credentials), 'signature over a JSON body verifies');
});

test('every response field round-trips with its type, and $metadata is filled', async (t) => {
	const wire = {
		importTaskId: 'import-task-0123456789abcdef0123456789abcdef',
		clientRequestToken: 'b1c7e0f2-0000-4000-8000-000000000000',
		name: 'rvtools-2024-05',
		importUrl: 's3://bucket/imports/rvtools.xlsx',
		status: 'IMPORT_COMPLETE_WITH_ERRORS',
		importRequestTime: 1714558530.123,
		importCompletionTime: 1714475730.5,
		importDeletedTime: 1714480000,
		fileClassification: 'RVTOOLS_EXPORT',
		serverImportSuccess: 10,
		serverImportFailure: 2,
		applicationImportSuccess: 3,
		applicationImportFailure: 1,
		errorsAndFailedEntriesZip: 'https://example.invalid/presigned',
		someFutureMember: 'dropped',
	};
	const {client} = await setup(t, () => ({body: {tasks: [wire], nextToken: 'MQ=='}, headers: {'x-amzn-requestid': 'rid-123'}}));
	const output = await client.send(new DescribeImportTasksCommand());

	const expected: ImportTask = {
		importTaskId: wire.importTaskId,
		clientRequestToken: wire.clientRequestToken,
		name: wire.name,
		importUrl: wire.importUrl,
		status: wire.status,
		importRequestTime: new Date(1714558530123),
		importCompletionTime: new Date(1714475730500),
		importDeletedTime: new Date(1714480000000),
		fileClassification: 'RVTOOLS_EXPORT',
		serverImportSuccess: 10,
		serverImportFailure: 2,
		applicationImportSuccess: 3,
		applicationImportFailure: 1,
		errorsAndFailedEntriesZip: wire.errorsAndFailedEntriesZip,
	};
	assert.deepEqual(output.tasks, [expected]);
	assert.ok(output.tasks?.[0]?.importRequestTime instanceof Date);
	assert.equal(output.nextToken, 'MQ==');
	assert.deepEqual(output.$metadata, {
		httpStatusCode: 200,
		requestId: 'rid-123',
		extendedRequestId: undefined,
		cfId: undefined,
		attempts: 1,
		totalRetryDelay: 0,
	});
});

test('the paginator follows nextToken with maxResults from pageSize and passes abortSignal on', async (t) => {
	const pages = [
		{tasks: [{importTaskId: 'a'}, {importTaskId: 'b'}], nextToken: 't1'},
		{tasks: [{importTaskId: 'c'}, {importTaskId: 'd'}], nextToken: 't2'},
		{tasks: [{importTaskId: 'e'}]},
	];
	const {server, client} = await setup(t, (_request, index) => ({body: pages[index]}));
	const ids: string[] = [];
	const controller = new AbortController();
	for await (const page of paginateDescribeImportTasks({client, pageSize: 2}, {}, {abortSignal: controller.signal})) {
		ids.push(...(page.tasks ?? []).map((task) => task.importTaskId ?? ''));
	}
	assert.deepEqual(ids, ['a', 'b', 'c', 'd', 'e']);
	assert.deepEqual(
		server.requests.map((request) => JSON.parse(request.body)),
		[{maxResults: 2}, {maxResults: 2, nextToken: 't1'}, {maxResults: 2, nextToken: 't2'}],
	);
});

test('the paginator stops on a repeated token when stopOnSameToken is set', async (t) => {
	const {server, client} = await setup(t, () => ({body: {tasks: [], nextToken: 'same'}}));
	let pages = 0;
	for await (const _page of paginateDescribeImportTasks({client, startingToken: 'same', stopOnSameToken: true}, {})) pages++;
	assert.equal(pages, 1);
	assert.equal(JSON.parse(only(server.requests).body).nextToken, 'same');
});

test('ThrottlingException is retried, with one invocation id and counted attempts', async (t) => {
	const throttled = {status: 400, body: {__type: 'com.amazonaws.discovery#ThrottlingException:http://internal.amazon.com/coral/', message: 'Rate exceeded'}};
	const {server, client} = await setup(t, (_r, index) => (index < 2 ? throttled : {body: {tasks: []}}), {retryStrategy: fastRetries()});
	const output = await client.send(new DescribeImportTasksCommand());
	assert.equal(output.$metadata.attempts, 3);
	assert.ok((output.$metadata.totalRetryDelay ?? 0) >= 20);
	assert.deepEqual(
		server.requests.map((request) => header(request, 'amz-sdk-request')),
		['attempt=1; max=3', 'attempt=2; max=3', 'attempt=3; max=3'],
	);
	assert.equal(new Set(server.requests.map((request) => header(request, 'amz-sdk-invocation-id'))).size, 1);
});

test('persistent throttling (sanitised name, 429 too) gives up after maxAttempts with ServiceException fields', async (t) => {
	const {server, client} = await setup(t, () => ({status: 429, body: {code: 'ThrottlingException:extra', Message: 'Slow down'}}), {
		retryStrategy: fastRetries(),
	});
	const error = await client.send(new DescribeImportTasksCommand()).then(
		() => assert.fail('expected throttling'),
		(e: unknown) => e as ServiceException,
	);
	assert.equal(server.requests.length, 3);
	assert.ok(ServiceException.isInstance(error));
	assert.equal(error.name, 'ThrottlingException');
	assert.equal(error.message, 'Slow down');
	assert.equal(error.$fault, 'client');
	assert.equal(error.$metadata.httpStatusCode, 429);
	assert.equal(error.$metadata.requestId, 'req-3');
	assert.equal(error.$metadata.attempts, 3);
});

test('a 500 is retried up to maxAttempts with the standard strategy', async (t) => {
	const {server, client} = await setup(t, () => ({status: 500, body: {__type: 'ServerInternalErrorException', message: 'boom'}}), {
		maxAttempts: 2,
	});
	const error = await client.send(new DescribeImportTasksCommand()).then(
		() => assert.fail('expected a server error'),
		(e: unknown) => e as ServiceException,
	);
	assert.equal(server.requests.length, 2);
	assert.deepEqual([error.name, error.$fault, error.$metadata.httpStatusCode, error.$metadata.attempts], ['ServerInternalErrorException', 'server', 500, 2]);
});

test('AuthorizationErrorException surfaces at once with its name and $metadata', async (t) => {
	const {server, client} = await setup(
		t,
		() => ({status: 400, body: {__type: 'AuthorizationErrorException', message: 'not authorized to perform discovery:DescribeImportTasks'}}),
		{retryStrategy: fastRetries()},
	);
	const error = await rejection(client.send(new DescribeImportTasksCommand()));
	assert.equal(server.requests.length, 1);
	assert.ok(error instanceof AuthorizationErrorException);
	assert.deepEqual(
		[error.name, error.message, error.$fault, error.$metadata.httpStatusCode, error.$metadata.requestId, error.$metadata.attempts],
		['AuthorizationErrorException', 'not authorized to perform discovery:DescribeImportTasks', 'client', 400, 'req-1', 1],
	);
});

test('HomeRegionNotSetException (code from the X-Amzn-Errortype header) surfaces at once', async (t) => {
	const {server, client} = await setup(
		t,
		() => ({status: 400, headers: {'x-amzn-errortype': 'HomeRegionNotSetException:http://internal/'}, body: {Message: 'home region not set'}}),
		{retryStrategy: fastRetries()},
	);
	const error = await rejection(client.send(new DescribeImportTasksCommand()));
	assert.equal(server.requests.length, 1);
	assert.ok(error instanceof HomeRegionNotSetException);
	assert.deepEqual([error.name, error.message, error.$metadata.httpStatusCode], ['HomeRegionNotSetException', 'home region not set', 400]);
});

test('credentials whose expiration is past or near are resolved again before signing', async (t) => {
	let calls = 0;
	const provider = async (): Promise<AwsCredentialIdentity> => {
		calls++;
		// First identity expires in one minute (inside the 5-minute window); the next lasts an hour.
		const lifetime = calls === 1 ? 60_000 : 3_600_000;
		return {accessKeyId: `AKID${calls}`, secretAccessKey: 's', expiration: new Date(Date.now() + lifetime)};
	};
	const {server, client} = await setup(t, () => ({body: {}}), {credentials: provider});
	await client.send(new DescribeImportTasksCommand());
	await client.send(new DescribeImportTasksCommand());
	await client.send(new DescribeImportTasksCommand());
	assert.equal(calls, 2);
	assert.deepEqual(
		server.requests.map((request) => /Credential=(AKID\d)\//.exec(header(request, 'authorization'))?.[1]),
		['AKID1', 'AKID2', 'AKID2'],
	);
});

test('a server that never answers fails with a TimeoutError after requestTimeout', async (t) => {
	const {server, client} = await setup(t, () => 'hang', {requestTimeout: 200});
	const started = Date.now();
	const error = await rejection(client.send(new DescribeImportTasksCommand()));
	assert.equal(error.name, 'TimeoutError');
	assert.equal(error.$metadata?.attempts, 1);
	assert.equal(server.requests.length, 1);
	assert.ok(Date.now() - started < 5_000, 'gave up long before any default timeout');
});

test('aborting a request in flight rejects with AbortError and does not retry', async (t) => {
	const controller = new AbortController();
	const {server, client} = await setup(
		t,
		() => {
			controller.abort();
			return 'hang';
		},
		{retryStrategy: fastRetries()},
	);
	const error = await rejection(client.send(new DescribeImportTasksCommand(), {abortSignal: controller.signal}));
	assert.equal(error.name, 'AbortError');
	assert.equal(server.requests.length, 1);
});

test('a refused connection is retried as a transient network error', async (t) => {
	const port = await closedPort();
	const client = new DiscoveryClient({
		region: 'us-west-2',
		endpoint: `http://127.0.0.1:${port}`,
		credentials,
		retryStrategy: new ConfiguredRetryStrategy(2, 10),
	});
	t.after(() => client.destroy());
	const error = await rejection(client.send(new DescribeImportTasksCommand()));
	assert.equal(error.code, 'ECONNREFUSED');
	assert.equal(error.$metadata?.attempts, 2);
});

test('a skewed clock is corrected from the Date header and the request retried', async (t) => {
	const serverNow = new Date(Date.now() + 3_600_000);
	const {server, client} = await setup(
		t,
		(_r, index) =>
			index === 0
				? {status: 400, headers: {date: serverNow.toUTCString()}, body: {__type: 'InvalidSignatureException', message: 'Signature expired'}}
				: {body: {}},
		{retryStrategy: fastRetries()},
	);
	const output = await client.send(new DescribeImportTasksCommand());
	assert.equal(output.$metadata.attempts, 2);
	const [first, second] = server.requests.map((request) => header(request, 'x-amz-date'));
	assert.notEqual(first?.slice(0, 11), second?.slice(0, 11), 'second request signed about an hour later');
});

test('a missing region is a clear error at construction', () => {
	assert.throws(() => new DiscoveryClient({region: ''}), /region is missing/);
	assert.throws(() => new DiscoveryClient({} as DiscoveryClientConfig), /region is missing/);
});
