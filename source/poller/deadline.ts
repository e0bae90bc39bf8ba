// Every attempt of a source (its pages, its one reconnect, the credential lookup) has a deadline on the
// poller's clock: no answer within it and the attempt is aborted (the SDK destroys the socket) and reported as
// timed out at once. Socket timeouts alone let a hung endpoint go unnoticed for a minute and more. Each page
// that arrives is an answer and starts the deadline again, so a long history listed page by page (a minute
// or more on real AWS) is never cut off while it is making progress.
import {onPageAnswered} from '../sources/page-answered.js';
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
 * whatever `attempt` does: a step that ignores the signal cannot hold the source up. A page answered on
 * the signal (sources/page-answered.ts) moves the deadline to `deadlineMs` from then.
 */
export function withDeadline<T>(attempt: (signal: AbortSignal) => Promise<T>, options: {timers: Timers; deadlineMs: number; stop: AbortSignal}): Promise<T> {
	const {timers, deadlineMs, stop} = options;
	const controller = new AbortController();
	const onStop = () => controller.abort(stop.reason);
	stop.addEventListener('abort', onStop, {once: true});
	let timer: unknown;
	let settled = false;
	const expired = new Promise<never>((_, reject) => {
		const arm = () => {
			timer = timers.setTimeout(() => {
				const error = new AttemptTimeoutError(deadlineMs);
				reject(error);
				controller.abort(error);
			}, deadlineMs);
		};
		arm();
		onPageAnswered(controller.signal, () => {
			if (settled || controller.signal.aborted) return;
			timers.clearTimeout(timer);
			arm();
		});
	});
	let running: Promise<T>;
	try {
		running = attempt(controller.signal);
	} catch (error) {
		running = Promise.reject(error);
	}
	return Promise.race([running, expired]).finally(() => {
		settled = true;
		timers.clearTimeout(timer);
		stop.removeEventListener('abort', onStop);
	});
}
