// Errors the user can fix: printed as one line (never a stack trace) with the documented exit code.
export const exitCodes = {
	ok: 0,
	taskFailed: 1,
	usage: 2,
	awsConfig: 3,
	// --until-done --deadline: the deadline passed with tasks still active.
	deadlinePassed: 4,
	// A bug in cutwatch (EX_SOFTWARE): reported as one line, never a stack trace.
	internal: 70,
	// Its own output could not be written (EX_IOERR): a full disk, a broken terminal. EPIPE is not one.
	ioError: 74,
} as const;

export class UsageError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = exitCodes.usage,
	) {
		super(message);
		this.name = 'UsageError';
	}
}
