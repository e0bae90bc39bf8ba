// Shared test plumbing: a simulator on a fake clock, the real EC2 client pointed at it, and SigV4-signed raw HTTP
// (for Discovery, whose real client lives elsewhere, and for requests the SDK would never send).
import {request as httpRequest, type IncomingHttpHeaders} from 'node:http';
import {EC2Client, type EC2ClientConfig} from '@aws-sdk/client-ec2';
import {Hash} from '@smithy/hash-node';
import {SignatureV4} from '@smithy/signature-v4';
import type {HttpRequest} from '@smithy/types';
import {demoCredentials, startSimulator, type Simulator, type SimulatorOptions} from '../../source/simulator/index.js';

export const discoveryTarget = 'AWSPoseidonService_V2015_11_01.DescribeImportTasks';

/** 2026-11-23T12:00:00Z: a fixed wall-clock start so timestamps in assertions are exact. */
export const startWall = Date.UTC(2026, 10, 23, 12, 0, 0);

export type FakeClock = {now(): number; advance(ms: number): void};

export function fakeClock(start = startWall): FakeClock {
	let now = start;
	return {now: () => now, advance: (ms) => void (now += ms)};
}

export type TestSimulator = {sim: Simulator; clock: FakeClock};

/** Starts a simulator on a fake clock; closes it when the test (or suite) ends. */
export async function startTestSimulator(context: {after(fn: () => Promise<void> | void): void}, options: SimulatorOptions = {}): Promise<TestSimulator> {
	const clock = fakeClock();
	const sim = await startSimulator({clock: clock.now, ...options});
	context.after(() => sim.close());
	return {sim, clock};
}

export function ec2Client(endpoint: string, config: Partial<EC2ClientConfig> = {}): EC2Client {
	return new EC2Client({endpoint, region: 'us-east-1', credentials: demoCredentials, maxAttempts: 1, ...config});
}

/** The rejection of a promise that must fail, with the SDK's error fields typed loosely. */
export async function rejection(
	promise: Promise<unknown>,
): Promise<Error & {$metadata: {httpStatusCode?: number; attempts?: number; requestId?: string}; $fault?: string}> {
	try {
		await promise;
	} catch (error) {
		return error as Error & {$metadata: {httpStatusCode?: number; attempts?: number}};
	}
	throw new Error('expected the call to fail, but it succeeded');
}

export type RawResponse = {status: number; headers: IncomingHttpHeaders; body: string};

/** One HTTP exchange on a fresh connection (no keep-alive), so tests never leave sockets behind. */
export function rawRequest(endpoint: string, init: {method?: string; path?: string; headers?: Record<string, string>; body?: string}): Promise<RawResponse> {
	const url = new URL(init.path ?? '/', endpoint);
	return new Promise((resolve, reject) => {
		const request = httpRequest(url, {method: init.method ?? 'POST', headers: init.headers, agent: false}, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8')}));
			response.on('error', reject);
		});
		request.on('error', reject);
		request.end(init.body);
	});
}

/**
 * Signs every header given. By default like SDK v3 (adds and signs x-amz-content-sha256); `applyChecksum: false`
 * signs like botocore (content-type;host;x-amz-date only).
 */
export async function signedHeaders(
	endpoint: string,
	service: 'ec2' | 'discovery',
	headers: Record<string, string>,
	body: string,
	options: {secretAccessKey?: string | undefined; applyChecksum?: boolean} = {},
): Promise<Record<string, string>> {
	const url = new URL(endpoint);
	const signer = new SignatureV4({
		credentials: {accessKeyId: demoCredentials.accessKeyId, secretAccessKey: options.secretAccessKey ?? demoCredentials.secretAccessKey},
		region: 'us-east-1',
		service,
		sha256: Hash.bind(null, 'sha256'),
		applyChecksum: options.applyChecksum ?? true,
	});
	const unsigned: HttpRequest = {
		method: 'POST',
		protocol: 'http:',
		hostname: url.hostname,
		port: Number(url.port),
		path: '/',
		query: {},
		headers: {host: url.host, ...headers},
		body,
	};
	const signed = await signer.sign(unsigned);
	return signed.headers as Record<string, string>;
}

export type DiscoveryResult = {status: number; headers: IncomingHttpHeaders; json: Record<string, unknown>; body: string};

/** A signed Discovery DescribeImportTasks call, as the awsJson1_1 clients send it. */
export async function discoveryCall(
	endpoint: string,
	input: unknown = {},
	options: {target?: string; secretAccessKey?: string; contentType?: string} = {},
): Promise<DiscoveryResult> {
	const body = typeof input === 'string' ? input : JSON.stringify(input);
	const headers = await signedHeaders(
		endpoint,
		'discovery',
		{'content-type': options.contentType ?? 'application/x-amz-json-1.1', 'x-amz-target': options.target ?? discoveryTarget},
		body,
		{secretAccessKey: options.secretAccessKey},
	);
	const response = await rawRequest(endpoint, {headers, body});
	let json: Record<string, unknown> = {};
	try {
		json = JSON.parse(response.body) as Record<string, unknown>;
	} catch {
		// malformed-body tests look at `body`
	}
	return {...response, json};
}

/** A signed EC2 Query request with the form keys given (in the order given). */
export async function ec2FormCall(
	endpoint: string,
	form: Record<string, string> | string,
	contentType = 'application/x-www-form-urlencoded',
): Promise<RawResponse> {
	const body = typeof form === 'string' ? form : new URLSearchParams(form).toString();
	const headers = await signedHeaders(endpoint, 'ec2', {'content-type': contentType}, body);
	return rawRequest(endpoint, {headers, body});
}

/** The <Code> of an EC2 XML error body. */
export function xmlErrorCode(body: string): string | undefined {
	return /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
}

/** Pages through Discovery with signed calls, as the Discovery paginator would. */
export async function allDiscoveryPages(endpoint: string, input: Record<string, unknown> = {}): Promise<Array<Array<Record<string, unknown>>>> {
	const pages: Array<Array<Record<string, unknown>>> = [];
	let nextToken: string | undefined;
	do {
		const {status, json} = await discoveryCall(endpoint, {...input, ...(nextToken ? {nextToken} : {})});
		if (status !== 200) throw new Error(`Discovery answered ${status}: ${JSON.stringify(json)}`);
		pages.push(json.tasks as Array<Record<string, unknown>>);
		nextToken = json.nextToken as string | undefined;
	} while (nextToken);
	return pages;
}
