// Turns whatever a source threw into what an engineer at 3 a.m. needs: a short code, the message, one line
// saying what to do, and how the poller should wait before trying again.
import {discoveryRegionHint} from '../model/discovery-regions.js';
import {sanitize} from '../format/sanitize.js';
import type {SourceError} from '../store/state.js';
import {plainMessage} from './plain-message.js';
import {redactSecrets} from './redact.js';

/** How the poller reacts: back off fast-then-slow, retry slowly, or renew credentials first. */
export type ErrorClass = 'throttled' | 'transient' | 'expired' | 'denied' | 'config';

/** The store's SourceError, plus what the poller decides with: the class, and needsAction always set. */
export type ClassifiedError = SourceError & {
	errorClass: ErrorClass;
	/** Waiting will not fix it: the user must change IAM, configuration or log in again. */
	needsAction: boolean;
};

export type ErrorContext = {
	/** e.g. ec2:DescribeStoreImageTasks */
	iamAction: string;
	region: string;
	profile?: string | undefined;
};

const throttlingCodes = new Set([
	'RequestLimitExceeded',
	'Throttling',
	'ThrottlingException',
	'ThrottledException',
	'TooManyRequestsException',
	'RequestThrottled',
	'RequestThrottledException',
	'SlowDown',
	'EC2ThrottledException',
	'LimitExceededException',
	'BandwidthLimitExceeded',
	'ProvisionedThroughputExceededException',
	'PriorRequestNotComplete',
	'TransactionInProgressException',
]);
const deniedCodes = new Set([
	'UnauthorizedOperation',
	'AccessDenied',
	'AccessDeniedException',
	'AuthorizationErrorException',
	'OperationNotPermittedException',
]);
const expiredCodes = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const badCredentialCodes = new Set([
	'AuthFailure',
	'InvalidClientTokenId',
	'UnrecognizedClientException',
	'SignatureDoesNotMatch',
	'InvalidSignatureException',
	'IncompleteSignature',
	'IncompleteSignatureException',
	'MissingAuthenticationToken',
	'MissingAuthenticationTokenException',
]);
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const droppedCodes = new Set(['ECONNRESET', 'EPIPE']);

type ErrorLike = {
	name?: unknown;
	code?: unknown;
	Code?: unknown;
	message?: unknown;
	$metadata?: {httpStatusCode?: number};
	cause?: unknown;
	/** NoCredentials / ProfileNotFound (aws/credential-problems.ts): the profile the chain read. */
	profile?: unknown;
};

function asErrorLike(error: unknown): ErrorLike {
	return typeof error === 'object' && error !== null ? (error as ErrorLike) : {message: String(error)};
}

function codeOf(error: ErrorLike): string {
	for (const candidate of [error.Code, error.code, error.name]) {
		if (typeof candidate === 'string' && candidate !== '' && candidate !== 'Error') return candidate;
	}
	const cause = error.cause === undefined ? undefined : asErrorLike(error.cause);
	if (cause !== undefined && typeof cause.code === 'string') return cause.code;
	return 'Error';
}

function firstLine(text: string): string {
	const line = sanitize(plainMessage(redactSecrets(text.split('\n', 1)[0] ?? '')));
	return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/**
 * The SDK's request and connection timeouts carry the socket code ETIMEDOUT but are named TimeoutError: the
 * endpoint accepted the connection (or never completed it) and did not answer, which is not "unreachable".
 * An answer with a 2xx status that failed to parse (truncated XML, invalid JSON, a proxy's HTML page) has
 * no code of its own in the EC2 client: call it what the Discovery client calls it.
 */
function refinedCode(e: ErrorLike, code: string, status: number | undefined): string {
	// The Node handler also renames a dropped connection (ECONNRESET, EPIPE) TimeoutError; it was no timeout.
	if (e.name === 'TimeoutError' && !droppedCodes.has(String(e.code))) return 'TimeoutError';
	if (code === 'Error' && status !== undefined && status >= 200 && status < 300) return 'DeserializationError';
	return code;
}

export function classifyError(error: unknown, context: ErrorContext): ClassifiedError {
	const e = asErrorLike(error);
	const status = e.$metadata?.httpStatusCode;
	const code = sanitize(refinedCode(e, codeOf(e), status));
	const message = firstLine(typeof e.message === 'string' && e.message !== '' ? e.message : code);
	const profile = context.profile ? ` --profile ${context.profile}` : '';
	const make = (errorClass: ErrorClass, hint: string): ClassifiedError => ({
		code,
		message,
		hint,
		errorClass,
		throttled: errorClass === 'throttled',
		needsAction: errorClass === 'denied' || errorClass === 'config' || errorClass === 'expired',
		// No HTTP status: nothing answered, so the message is the SDK's or cutwatch's own, not AWS's.
		...(status === undefined ? {local: true} : {}),
	});

	if (throttlingCodes.has(code) || status === 429) {
		return make('throttled', 'AWS is throttling this API for the account and region; backing off');
	}
	if (deniedCodes.has(code)) {
		return make('denied', `your IAM policy does not allow ${context.iamAction}; add it (see the README's IAM policy)`);
	}
	if (expiredCodes.has(code)) {
		return make('expired', `credentials expired: log in again (e.g. aws sso login${profile}); cutwatch picks them up by itself`);
	}
	// An endpoint that does not serve the region the request was signed for (the simulator, for Discovery
	// outside its seven regions): a region to change, not credentials.
	if (badCredentialCodes.has(code) && /scoped to a valid region/i.test(message)) {
		// The same hint cutwatch gives before sending anything to AWS, where no such endpoint exists at all.
		return make('config', context.iamAction.startsWith('discovery:') ? discoveryRegionHint : `this endpoint does not serve ${context.region}: check --region`);
	}
	if (badCredentialCodes.has(code)) {
		return make('config', `AWS rejected the credentials: check the keys or profile${profile ? ` (${context.profile})` : ''} and the system clock`);
	}
	// Credential problems are found before anything is sent; 'expired' renews the clients, so a fix is picked up.
	if (code === 'NoCredentials' || code === 'ProfileNotFound') {
		const named = typeof e.profile === 'string' ? e.profile : context.profile;
		if (code === 'ProfileNotFound') {
			return make('expired', `create it: aws configure --profile ${named} (access keys) or aws configure sso --profile ${named}; or check the name`);
		}
		return make(
			'expired',
			named === undefined
				? 'run aws configure (access keys) or aws configure sso, or pass --profile; or try --demo'
				: `run aws configure --profile ${named} (access keys), or aws configure sso --profile ${named} then aws sso login --profile ${named}`,
		);
	}
	if (code === 'CredentialsProviderError') {
		return make('expired', `the AWS credential chain failed (see its message): if the profile uses SSO run aws sso login${profile}, else check its settings`);
	}
	if (code === 'HomeRegionNotSetException') {
		return make('config', 'Migration Hub home region is not set: set it in the Migration Hub console, or pass --discovery-region <home region>');
	}
	if (code === 'OptInRequired' || code === 'InvalidRegion') {
		return make('config', `region ${context.region} is not enabled for this account: enable it or drop it from --region`);
	}
	if (dnsCodes.has(code)) {
		return make('config', `cannot resolve the ${context.region} endpoint: check the region name (--region) and DNS`);
	}
	if (code === 'ECONNREFUSED') {
		return make('transient', 'the endpoint refused the connection (nothing listening: check --endpoint-url, the proxy or the network); retrying');
	}
	if (droppedCodes.has(code)) {
		return make('transient', 'the connection was dropped before any answer, also on a second try (network or proxy); retrying');
	}
	if (networkCodes.has(code)) {
		return make('transient', 'cannot reach the endpoint (check the network or proxy); retrying');
	}
	if (code === 'TimeoutError' || code === 'RequestTimeout' || code === 'RequestTimeoutException') {
		return make('transient', 'the endpoint did not answer within the time limit (network, proxy or endpoint stuck); retrying');
	}
	if (code === 'DeserializationError') {
		return make('transient', "the endpoint's answer could not be read (truncated, or not from AWS: a proxy in the way?); retrying");
	}
	if (status !== undefined && status >= 500) {
		return make('transient', 'AWS server error; retrying');
	}
	if (status !== undefined && status >= 400) {
		return make('config', 'AWS rejected the request; check the flags that select tasks (ids, filters)');
	}
	// No HTTP status: an unparseable answer or a client-side failure. Treat as passing, with backoff.
	return make('transient', 'unexpected answer from the endpoint; retrying');
}
