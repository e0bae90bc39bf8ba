// A rejection the simulator answers with, in protocol-neutral form; ec2/errors.ts and discovery/json.ts render it.

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
	) {
		super(message);
		this.name = code;
	}
}
