// A mode stopped by a signal before it finished exits with the shell's 128 + signal number, so a runbook (or
// `&&`) reads it as stopped, never as the outcome the mode would have reported.
const signalExitCodes: Record<string, number> = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143};

/** The exit code for a run stopped by `signal` (SIGINT when it was the user's own `q`). */
export function interruptedExitCode(signal: string | undefined): number {
	return signalExitCodes[signal ?? 'SIGINT'] ?? signalExitCodes['SIGINT']!;
}

/** Resolves when `work` does, or with 'interrupted' as soon as `signal` aborts, whichever is first. */
export async function unlessInterrupted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | 'interrupted'> {
	if (!signal) return work;
	if (signal.aborted) return 'interrupted';
	let onAbort = () => {};
	const aborted = new Promise<'interrupted'>((resolve) => {
		onAbort = () => resolve('interrupted');
		signal.addEventListener('abort', onAbort, {once: true});
	});
	try {
		return await Promise.race([work, aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}
