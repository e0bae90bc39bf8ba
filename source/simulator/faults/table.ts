// Injected failures, per operation or for all ('*'). A fault applies to every request of its operation, or to a
// fraction of them (`probability`) drawn from a stream seeded by the simulator seed, so a run can be replayed.
import {deriveRandom, type Random, type Seed} from '../scenario/random.js';

export const operationNames = ['DescribeImportSnapshotTasks', 'DescribeExportImageTasks', 'DescribeStoreImageTasks', 'DescribeImportTasks'] as const;
export type OperationName = (typeof operationNames)[number];
export type FaultTarget = OperationName | '*';

/** Short names accepted everywhere a target is. */
export const operationAliases: Record<string, OperationName> = {
	import: 'DescribeImportSnapshotTasks',
	export: 'DescribeExportImageTasks',
	store: 'DescribeStoreImageTasks',
	discovery: 'DescribeImportTasks',
};
export type FaultTargetName = FaultTarget | keyof typeof operationAliases;

export const faultKinds = ['throttle', 'error500', 'latency', 'hang', 'reset', 'malformed', 'denied', 'home-region', 'expired'] as const;
export type FaultKind = (typeof faultKinds)[number];

/**
 * - throttle: EC2 503 RequestLimitExceeded / Discovery 400 ThrottlingException (the SDK retries it)
 * - error500: EC2 500 InternalError / Discovery 500 ServerInternalErrorException (retried)
 * - latency: answer normally after `ms` more milliseconds
 * - hang: never answer (until the client gives up or the simulator closes)
 * - reset: close the connection without answering (the client sees ECONNRESET, "socket hang up")
 * - malformed: 200 with a truncated XML / invalid JSON body
 * - denied: EC2 403 UnauthorizedOperation / Discovery 400 AuthorizationErrorException (not retried)
 * - home-region: Discovery 400 HomeRegionNotSetException (EC2 operations ignore it)
 * - expired: EC2 400 RequestExpired / Discovery 400 ExpiredTokenException
 */
export type Fault =
	| {kind: Exclude<FaultKind, 'latency'>; /** Share of requests hit, in (0, 1]; default 1. */ probability?: number | undefined}
	| {kind: 'latency'; ms: number; probability?: number | undefined};

export type FaultSettings = Partial<Record<FaultTarget, Fault>>;

export function resolveTarget(name: string): FaultTarget | undefined {
	if (name === '*') return '*';
	const alias = operationAliases[name.toLowerCase()];
	if (alias) return alias;
	return operationNames.find((operation) => operation.toLowerCase() === name.toLowerCase());
}

/** Checks a fault given as data (programmatic API, control endpoint); returns an error message or undefined. */
export function faultProblem(fault: unknown): string | undefined {
	if (typeof fault !== 'object' || fault === null) return 'a fault must be an object with a "kind"';
	const {kind, probability, ms} = fault as Record<string, unknown>;
	if (typeof kind !== 'string' || !(faultKinds as readonly string[]).includes(kind)) {
		return `unknown fault kind ${JSON.stringify(kind)} (expected one of ${faultKinds.join(', ')})`;
	}
	if (probability !== undefined && (typeof probability !== 'number' || !(probability > 0 && probability <= 1))) {
		return `probability must be a number in (0, 1], got ${JSON.stringify(probability)}`;
	}
	if (kind === 'latency' && (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)) {
		return `latency needs "ms", a number of milliseconds >= 0, got ${JSON.stringify(ms)}`;
	}
	return undefined;
}

export class FaultTable {
	private readonly settings = new Map<FaultTarget, Fault>();
	private readonly streams = new Map<FaultTarget, Random>();

	constructor(private readonly seed: Seed) {}

	set(target: FaultTargetName, fault: Fault | undefined): void {
		const resolved = resolveTarget(target);
		if (!resolved) throw new Error(`unknown operation "${target}" (use import, export, store, discovery, * or a full operation name)`);
		if (fault === undefined) {
			this.settings.delete(resolved);
			return;
		}
		const problem = faultProblem(fault);
		if (problem) throw new Error(problem);
		this.settings.set(resolved, {...fault});
	}

	clear(): void {
		this.settings.clear();
	}

	list(): FaultSettings {
		return Object.fromEntries([...this.settings].map(([target, fault]) => [target, {...fault}]));
	}

	/** The fault to apply to this request, if any. The operation's own setting wins over '*'. */
	draw(operation: OperationName): Fault | undefined {
		const target: FaultTarget | undefined = this.settings.has(operation) ? operation : this.settings.has('*') ? '*' : undefined;
		if (target === undefined) return undefined;
		const fault = this.settings.get(target)!;
		if (fault.kind === 'home-region' && operation !== 'DescribeImportTasks') return undefined;
		const probability = fault.probability ?? 1;
		if (probability >= 1) return fault;
		const key = `${target}>${operation}` as FaultTarget;
		let stream = this.streams.get(key);
		if (!stream) {
			stream = deriveRandom(this.seed, `fault:${key}`);
			this.streams.set(key, stream);
		}
		return stream.next() < probability ? fault : undefined;
	}
}
