// The retry loop of SDK v3's retry middleware, for one operation: classify each failure the way the SDK does
// (THROTTLING / TRANSIENT / SERVER_ERROR / CLIENT_ERROR via @smithy's own classifiers), let the retry strategy
// decide and delay, honour Retry-After hints, stop at once on abort, and record attempts/totalRetryDelay.
import {getRetryAfterHint, isServerError, isThrottlingError, isTransientError} from '@smithy/core/retry';
import type {HttpResponse} from '@smithy/protocol-http';
import type {ResponseMetadata, RetryErrorInfo, RetryErrorType, RetryStrategyV2, SdkError} from '@smithy/types';

/** Errors we throw or pass through: service exceptions, timeouts, socket errors, aborts. */
export type RetryableError = Error & {
	$metadata?: ResponseMetadata & {clockSkewCorrected?: boolean};
	$response?: HttpResponse;
	code?: string;
};

export async function withRetries<T>(
	strategy: RetryStrategyV2,
	signal: AbortSignal | undefined,
	attempt: (attemptNumber: number) => Promise<T>,
): Promise<{output: T; attempts: number; totalRetryDelay: number}> {
	let token = await race(strategy.acquireInitialRetryToken(''), signal);
	let attempts = 0;
	let totalRetryDelay = 0;
	for (;;) {
		try {
			const output = await attempt(attempts + 1);
			strategy.recordSuccess(token);
			return {output, attempts: attempts + 1, totalRetryDelay};
		} catch (caught) {
			const error = asError(caught);
			if (signal?.aborted) throw withAttempts(error, attempts + 1, totalRetryDelay);
			try {
				token = await race(strategy.refreshRetryTokenForRetry(token, retryErrorInfo(error)), signal);
			} catch {
				// Aborted while waiting to retry, or the strategy refused (not retryable, attempts or quota spent).
				if (signal?.aborted) throw withAttempts(abortError(signal), attempts + 1, totalRetryDelay);
				throw withAttempts(error, attempts + 1, totalRetryDelay);
			}
			attempts = token.getRetryCount();
			const delay = token.getRetryDelay();
			// The standard strategy sleeps inside refreshRetryTokenForRetry and logs how long it slept.
			const acquisitionDelay = (token as {$retryLog?: {acquisitionDelay?: number}}).$retryLog?.acquisitionDelay ?? 0;
			totalRetryDelay += acquisitionDelay + delay;
			if (delay > 0) await race(sleep(delay), signal);
		}
	}
}

export function retryErrorType(error: RetryableError): RetryErrorType {
	// @smithy's classifiers are typed for SdkError; our errors carry the same $metadata/name/code fields.
	const sdkError = error as SdkError;
	if (isThrottlingError(sdkError)) return 'THROTTLING';
	if (isTransientError(sdkError)) return 'TRANSIENT';
	if (isServerError(sdkError)) return 'SERVER_ERROR';
	return 'CLIENT_ERROR';
}

function retryErrorInfo(error: RetryableError): RetryErrorInfo {
	const info: RetryErrorInfo = {error: error as SdkError, errorType: retryErrorType(error)};
	const hint = error.$response ? getRetryAfterHint(error.$response) : undefined;
	if (hint) info.retryAfterHint = hint;
	return info;
}

function withAttempts(error: RetryableError, attempts: number, totalRetryDelay: number): RetryableError {
	error.$metadata = {...error.$metadata, attempts, totalRetryDelay};
	return error;
}

function asError(value: unknown): RetryableError {
	if (value instanceof Error) return value;
	return new Error(typeof value === 'string' ? value : `Discovery client error: ${String(value)}`);
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reject with an AbortError as soon as the signal fires (the promise itself may keep running). */
export function race<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
	if (!signal) return promise;
	if (signal.aborted) return Promise.reject(abortError(signal));
	let onAbort = (): void => {};
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(abortError(signal));
		signal.addEventListener('abort', onAbort, {once: true});
	});
	return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

export function abortError(signal: AbortSignal): Error {
	const reason: unknown = signal.reason;
	const message = reason instanceof Error ? reason.message : 'Request aborted';
	return Object.assign(new Error(message), {name: 'AbortError', cause: reason});
}
