// Text fault specs for the CLI and the control endpoint: OP=KIND[:ARG], e.g. `store=throttle:0.5`,
// `import=latency:2000`, `discovery=home-region`, `*=error500`.
import {UsageError} from '../../config/usage-error.js';
import {faultKinds, resolveTarget, type Fault, type FaultKind, type FaultTarget} from './table.js';

export type FaultSpec = {target: FaultTarget; fault: Fault};

const kindAliases: Record<string, FaultKind> = {
	throttling: 'throttle',
	'500': 'error500',
	error: 'error500',
	'internal-error': 'error500',
	deny: 'denied',
	'access-denied': 'denied',
	unauthorized: 'denied',
	homeregion: 'home-region',
	'home-region-not-set': 'home-region',
	'expired-token': 'expired',
	'expired-credentials': 'expired',
	timeout: 'hang',
	drop: 'reset',
	'connection-reset': 'reset',
};

/** A spec the user can fix: `simulate --fault` exits with the usage code; the control endpoint answers 400. */
export class FaultSpecError extends UsageError {
	override name = 'FaultSpecError';
}

/** Parses one spec; throws FaultSpecError with a one-line explanation. */
export function parseFaultSpec(text: string): FaultSpec {
	const match = /^\s*([^=\s]+)\s*=\s*([a-z0-9-]+)(?::(.*))?\s*$/i.exec(text);
	const example = 'e.g. store=throttle:0.5, import=latency:2000, discovery=home-region, *=error500';
	if (!match) throw new FaultSpecError(`invalid fault "${text}": expected OP=KIND[:ARG], ${example}`);
	const [, targetName = '', kindName = '', argument] = match;
	const target = resolveTarget(targetName);
	if (!target) {
		throw new FaultSpecError(`unknown operation "${targetName}" in fault "${text}" (use import, export, store, discovery, * or a full operation name)`);
	}
	const lower = kindName.toLowerCase();
	const kind: FaultKind | undefined = kindAliases[lower] ?? faultKinds.find((name) => name === lower);
	if (!kind) throw new FaultSpecError(`unknown fault kind "${kindName}" in "${text}" (use ${faultKinds.join(', ')})`);
	if (kind === 'home-region' && target !== '*' && target !== 'DescribeImportTasks') {
		throw new FaultSpecError(`fault "${text}": home-region applies only to discovery (DescribeImportTasks)`);
	}
	if (kind === 'latency') {
		const ms = argument === undefined ? Number.NaN : Number(argument.trim());
		if (!Number.isFinite(ms) || ms < 0 || argument?.trim() === '') {
			throw new FaultSpecError(`fault "${text}": latency needs milliseconds, e.g. ${targetName}=latency:2000`);
		}
		return {target, fault: {kind, ms}};
	}
	if (argument === undefined) return {target, fault: {kind}};
	const probability = Number(argument.trim());
	if (argument.trim() === '' || !(probability > 0 && probability <= 1)) {
		throw new FaultSpecError(`fault "${text}": the probability after ":" must be a number in (0, 1], e.g. ${targetName}=${kind}:0.5`);
	}
	return {target, fault: {kind, probability}};
}

/** The spec text for a fault (summaries, the control endpoint). */
export function formatFaultSpec(target: FaultTarget, fault: Fault): string {
	const argument = fault.kind === 'latency' ? `:${fault.ms}` : fault.probability !== undefined && fault.probability < 1 ? `:${fault.probability}` : '';
	return `${target}=${fault.kind}${argument}`;
}
