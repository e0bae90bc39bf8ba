// Every attempt of a source (all its pages, its one reconnect, the credential lookup) has one deadline on the
// poller's clock. Socket timeouts alone let a hung endpoint go unnoticed for a minute and more; at the deadline
// the attempt is aborted (the SDK destroys the socket) and reported as timed out at once.
import type {Timers} from './timers.js';

export const defaultAttemptDeadlineMs = 20_000;

export class AttemptTimeoutError extends Error {
	override name = 'TimeoutError';
	constructor(readonly deadlineMs: number) {
		super(`no answer within ${formatMs(deadlineMs)}`);
	}
}

/** "20 s", "1.5 s", "150 ms": the limit as a person says it. */
export function formatMs(ms: number): string {
	return ms < 1_000 ? `${Math.round(ms)} ms` : `${Number((ms / 1_000).toFixed(1))} s`;
}

/**
 * Runs `attempt` with a signal that aborts when `stop` does or at the deadline, and settles by the deadline
 * whatever `attempt` does: a step that ignores the signal cannot hold the source up.
 */
export function withDeadline<T>(
	attempt: (signal: AbortSignal) => Promise<T>,
	options: {timers: Timers; deadlineMs: number; stop: AbortSignal},
): Promise<T> {
	const {timers, deadlineMs, stop} = options;
	const controller = new AbortController();
	const onStop = () => controller.abort(stop.reason);
	stop.addEventListener('abort', onStop, {once: true});
	let timer: unknown;
	const expired = new Promise<never>((_, reject) => {
		timer = timers.setTimeout(() => {
			const error = new AttemptTimeoutError(deadlineMs);
			reject(error);
			controller.abort(error);
		}, deadlineMs);
	});
	let running: Promise<T>;
	try {
		running = attempt(controller.signal);
	} catch (error) {
		running = Promise.reject(error);
	}
	return Promise.race([running, expired]).finally(() => {
		timers.clearTimeout(timer);
		stop.removeEventListener('abort', onStop);
	});
}
