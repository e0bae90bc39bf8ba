// The soak's fault phases: healthy and faulty stretches in turn, so recovery is exercised again and again.
import type {Fault, FaultTargetName} from '../source/simulator/index.js';

export type FaultPhase = {name: string; faults: Partial<Record<FaultTargetName, Fault>>};

export const defaultFaultPhases: readonly FaultPhase[] = [
	{name: 'half of all requests throttled', faults: {'*': {kind: 'throttle', probability: 0.5}}},
	{name: 'import 500s, export denied', faults: {import: {kind: 'error500'}, export: {kind: 'denied'}}},
	{name: 'discovery expired, store malformed', faults: {discovery: {kind: 'expired'}, store: {kind: 'malformed'}}},
	{name: 'everything 20 ms late, store throttled', faults: {'*': {kind: 'latency', ms: 20}, store: {kind: 'throttle'}}},
	{name: 'discovery home region unset, import expired', faults: {discovery: {kind: 'home-region'}, import: {kind: 'expired'}}},
];

/** `cutwatch.hang`: only where a real-time request timeout per poll is affordable (the long soak). */
export const hangPhase: FaultPhase = {name: 'export hangs', faults: {export: {kind: 'hang'}}};

/** Phase `index` of the run: even ones are healthy, odd ones cycle through `phases`. */
export function phaseAt(index: number, phases: readonly FaultPhase[]): FaultPhase | undefined {
	return index % 2 === 1 ? phases[((index - 1) / 2) % phases.length] : undefined;
}
