// The poller owns retrying: it backs off on throttling and server errors, across attempts, on its own clock.
// The SDK's standard strategy would retry those inside one attempt too (three requests within about a second
// against a bucket that refills at 0.5 request/s), so every client cutwatch builds gets this strategy instead:
// one request per attempt, and one quick second request only when the connection dropped before any answer
// (a keep-alive socket the far end closed, a load balancer resetting it), which says nothing about the API.
import type {RetryErrorInfo, RetryStrategyV2, StandardRetryToken} from '@smithy/types';

/** The first request and at most one reconnect. */
export const maxRequestsPerAttempt = 2;
/** Short enough to stay inside the attempt's deadline, long enough for a dead keep-alive socket to be dropped. */
export const reconnectDelayMs = 100;

const droppedCodes = new Set(['ECONNRESET', 'EPIPE']);

/** The connection went away before any HTTP answer: the request may never have reached AWS. */
export function isDroppedConnection(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const {code, message, name, $metadata} = error as {code?: unknown; message?: unknown; name?: unknown; $metadata?: {httpStatusCode?: unknown}};
	if (name === 'AbortError' || $metadata?.httpStatusCode !== undefined) return false;
	return (typeof code === 'string' && droppedCodes.has(code)) || message === 'socket hang up';
}

function token(retries: number, delayMs: number): StandardRetryToken {
	return {
		getRetryCount: () => retries,
		getRetryDelay: () => delayMs,
		getRetryCost: () => 0,
	};
}

export function pollerOwnedRetryStrategy(): RetryStrategyV2 & {maxAttempts(): Promise<number>} {
	return {
		async acquireInitialRetryToken() {
			return token(0, 0);
		},
		async refreshRetryTokenForRetry(previous, info: RetryErrorInfo) {
			const retries = previous.getRetryCount();
			if (retries + 1 < maxRequestsPerAttempt && isDroppedConnection(info.error)) return token(retries + 1, reconnectDelayMs);
			// Throwing is how a strategy says "no retry": the client then rejects with the original error.
			throw info.error;
		},
		recordSuccess() {},
		/** Read by the clients for the amz-sdk-request header (attempt=n; max=2). */
		async maxAttempts() {
			return maxRequestsPerAttempt;
		},
	};
}
