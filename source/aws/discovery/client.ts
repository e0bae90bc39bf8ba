// A small Application Discovery Service client with the official client's surface (config names, send,
// destroy), built on the blocks SDK v3 itself uses: SigV4 signing, the Node HTTP handler, the standard
// retry strategy and the standard credential chain.
import {randomUUID} from 'node:crypto';
import {Hash} from '@smithy/hash-node';
import {NodeHttpHandler, streamCollector} from '@smithy/node-http-handler';
import {HttpRequest, type HttpResponse} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import type {AwsCredentialIdentityProvider, HttpHandlerOptions, NodeHttpHandlerOptions, RequestHandler, ResponseMetadata, RetryStrategyV2} from '@smithy/types';
import {StandardRetryStrategy} from '@smithy/util-retry';
import {updatedClockOffset} from './clock-skew.js';
import type {DescribeImportTasksCommand, DescribeImportTasksCommandOutput} from './commands.js';
import {resolveCredentials, type CredentialsInput} from './credentials.js';
import {deserializeDescribeImportTasks, deserializeError, header, parseJsonBody} from './deserialize.js';
import {resolveEndpoint} from './endpoint.js';
import {withRetries} from './retry.js';
import {serializeDescribeImportTasks} from './serialize.js';

/** Explicit defaults so a server that accepts the connection and never answers cannot hang a poll. */
export const defaultRequestTimeoutMs = 10_000;
export const defaultConnectionTimeoutMs = 5_000;
export const defaultMaxAttempts = 3;
const signingName = 'discovery';
const userAgent = 'cutwatch-discovery-client/0.1 lang/js';

export type DiscoveryRequestHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

export interface DiscoveryClientConfig {
	/** Required; Discovery data lives in the Migration Hub home region. */
	region: string;
	/** Overrides AWS_ENDPOINT_URL_APPLICATION_DISCOVERY_SERVICE / AWS_ENDPOINT_URL and the regional default. */
	endpoint?: string | URL | undefined;
	/** A fixed identity or a provider; default is the standard Node chain (for `profile` when given). */
	credentials?: CredentialsInput | undefined;
	profile?: string | undefined;
	/** Attempts including the first (SDK default 3, or AWS_MAX_ATTEMPTS). Ignored when retryStrategy is given. */
	maxAttempts?: number | undefined;
	retryStrategy?: RetryStrategyV2 | undefined;
	/** Whole request/response time limit in ms (default 10 s). */
	requestTimeout?: number | undefined;
	/** TCP/TLS connect time limit in ms (default 5 s). */
	connectionTimeout?: number | undefined;
	/** A handler instance (used as is) or NodeHttpHandler options (merged over our timeouts). */
	requestHandler?: DiscoveryRequestHandler | NodeHttpHandlerOptions | undefined;
}

export interface DiscoverySendOptions {
	abortSignal?: AbortSignal | undefined;
	requestTimeout?: number | undefined;
}

export class DiscoveryClient {
	/** Resolved configuration, with `region` as an async provider as in SDK v3 clients. */
	readonly config: {
		region: () => Promise<string>;
		endpoint: URL;
		credentials: AwsCredentialIdentityProvider;
		maxAttempts: number;
		retryStrategy: RetryStrategyV2;
		requestTimeout: number;
		connectionTimeout: number;
		requestHandler: DiscoveryRequestHandler;
	};

	private readonly signer: SignatureV4;
	/** Server time minus local time, learnt from response Date headers (see clock-skew.ts). */
	private clockOffsetMs = 0;

	constructor(config: DiscoveryClientConfig) {
		const region = config?.region;
		if (typeof region !== 'string' || !/^[a-z0-9-]+$/i.test(region)) {
			throw new Error(
				`DiscoveryClient: region is ${region === undefined || region === '' ? 'missing' : `invalid (${String(region)})`}; ` +
					'pass {region}, your Migration Hub home region (e.g. us-west-2).',
			);
		}
		const maxAttempts = positiveInteger(config.maxAttempts ?? envMaxAttempts(), 'maxAttempts') ?? defaultMaxAttempts;
		const requestTimeout = positiveInteger(config.requestTimeout, 'requestTimeout') ?? defaultRequestTimeoutMs;
		const connectionTimeout = positiveInteger(config.connectionTimeout, 'connectionTimeout') ?? defaultConnectionTimeoutMs;
		const credentials = resolveCredentials(config.credentials, {region, profile: config.profile});
		this.config = {
			region: async () => region,
			endpoint: resolveEndpoint(region, config.endpoint),
			credentials,
			maxAttempts,
			retryStrategy: config.retryStrategy ?? new StandardRetryStrategy(maxAttempts),
			requestTimeout,
			connectionTimeout,
			requestHandler: isHandler(config.requestHandler)
				? config.requestHandler
				: new NodeHttpHandler({requestTimeout, connectionTimeout, throwOnRequestTimeout: true, ...config.requestHandler}),
		};
		this.signer = new SignatureV4({credentials, region, service: signingName, sha256: Sha256, uriEscapePath: true});
	}

	async send(command: DescribeImportTasksCommand, options: DiscoverySendOptions = {}): Promise<DescribeImportTasksCommandOutput> {
		const invocationId = randomUUID(); // the same on every retry of one call, as in SDK v3
		const {output, attempts, totalRetryDelay} = await withRetries(this.config.retryStrategy, options.abortSignal, (attempt) =>
			this.attempt(command, invocationId, attempt, options),
		);
		output.$metadata = {...output.$metadata, attempts, totalRetryDelay};
		return output;
	}

	/** Frees the handler's sockets (keep-alive agents), as SDK clients' destroy() does. */
	destroy(): void {
		this.config.requestHandler.destroy?.();
	}

	private async attempt(
		command: DescribeImportTasksCommand,
		invocationId: string,
		attempt: number,
		options: DiscoverySendOptions,
	): Promise<DescribeImportTasksCommandOutput> {
		const request = serializeDescribeImportTasks(command.input, this.config.endpoint);
		Object.assign(request.headers, {
			'amz-sdk-invocation-id': invocationId,
			'amz-sdk-request': `attempt=${attempt}; max=${await this.maxAttemptsForHeader()}`,
			'user-agent': userAgent,
			'x-amz-user-agent': userAgent,
		});
		const signed = await this.signer.sign(request, {signingDate: new Date(Date.now() + this.clockOffsetMs)});
		const {response} = await this.config.requestHandler.handle(new HttpRequest(signed), {
			abortSignal: options.abortSignal,
			requestTimeout: options.requestTimeout ?? this.config.requestTimeout,
		});
		const bodyText = await readBody(response.body);
		const $metadata = responseMetadata(response);
		const previousOffset = this.clockOffsetMs;
		this.clockOffsetMs = updatedClockOffset(header(response, 'date'), previousOffset);

		if (response.statusCode < 200 || response.statusCode >= 300) {
			const error = deserializeError(response, bodyText, $metadata);
			// Lets the retry classifier treat the failure as transient and retry with the corrected clock.
			if (this.clockOffsetMs !== previousOffset) Object.assign(error.$metadata, {clockSkewCorrected: true});
			throw error;
		}
		let data: unknown;
		try {
			data = parseJsonBody(bodyText);
		} catch (cause) {
			throw Object.assign(new Error(`Deserialization error: DescribeImportTasks returned invalid JSON (${String(cause)})`), {
				name: 'DeserializationError',
				$metadata,
				$response: response,
				$responseBodyText: bodyText,
			});
		}
		return {...deserializeDescribeImportTasks(data), $metadata};
	}

	private async maxAttemptsForHeader(): Promise<number> {
		const strategy = this.config.retryStrategy as RetryStrategyV2 & {maxAttempts?: () => Promise<number>};
		return typeof strategy.maxAttempts === 'function' ? await strategy.maxAttempts() : this.config.maxAttempts;
	}
}

class Sha256 extends Hash {
	constructor(secret?: ConstructorParameters<typeof Hash>[1]) {
		super('sha256', secret);
	}
}

function responseMetadata(response: HttpResponse): ResponseMetadata {
	return {
		httpStatusCode: response.statusCode,
		requestId: header(response, 'x-amzn-requestid') ?? header(response, 'x-amzn-request-id') ?? header(response, 'x-amz-request-id'),
		extendedRequestId: header(response, 'x-amz-id-2'),
		cfId: header(response, 'x-amz-cf-id'),
	};
}

async function readBody(body: unknown): Promise<string> {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (body instanceof Uint8Array) return new TextDecoder().decode(body);
	return new TextDecoder().decode(await streamCollector(body as Parameters<typeof streamCollector>[0]));
}

function isHandler(value: DiscoveryClientConfig['requestHandler']): value is DiscoveryRequestHandler {
	return typeof (value as Partial<DiscoveryRequestHandler> | undefined)?.handle === 'function';
}

function envMaxAttempts(): number | undefined {
	const value = process.env['AWS_MAX_ATTEMPTS'];
	return value === undefined || value === '' ? undefined : Number(value);
}

function positiveInteger(value: number | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	if (!Number.isInteger(value) || value < 1) throw new Error(`DiscoveryClient: ${name} must be a positive integer, got ${value}`);
	return value;
}
