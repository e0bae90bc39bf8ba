// The simulator's own HTTP API under a reserved path, so another process (a test, a second terminal) can steer a
// running `cutwatch simulate`:
//   GET    /__simulator                 status: scenario, speed, seed, simulated time, task count
//   GET    /__simulator/faults          current faults, as data and as spec text
//   POST   /__simulator/faults          {"spec":"store=throttle:0.5"} | {"specs":[...]} | {"target":"store","fault":{...}|null} | {"clear":true}
//   DELETE /__simulator/faults          clear every fault
//   GET    /__simulator/requests?limit=N   the last N recorded requests (default 100)
//   GET    /__simulator/counts          requests per action
import {formatFaultSpec, parseFaultSpec} from '../faults/spec.js';
import {faultProblem, resolveTarget, type Fault, type FaultTable, type FaultTarget} from '../faults/table.js';
import type {Reply} from '../protocol/handler-context.js';
import type {RequestLog} from './request-log.js';

export const controlPrefix = '/__simulator';

export type ControlState = {faults: FaultTable; log: RequestLog; status(): Record<string, unknown>};

function json(status: number, value: unknown): Reply {
	return {status, headers: {'content-type': 'application/json'}, body: `${JSON.stringify(value, null, 2)}\n`};
}

function faultsView(faults: FaultTable): Record<string, unknown> {
	const settings = faults.list();
	return {faults: settings, specs: Object.entries(settings).map(([target, fault]) => formatFaultSpec(target as FaultTarget, fault))};
}

/** Applies a POST /__simulator/faults body; returns an error message or undefined. */
function applyFaultChange(faults: FaultTable, body: unknown): string | undefined {
	if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
	const change = body as Record<string, unknown>;
	if (change.clear === true) {
		faults.clear();
		return undefined;
	}
	if (typeof change.spec === 'string' || Array.isArray(change.specs)) {
		const texts: unknown[] = typeof change.spec === 'string' ? [change.spec] : (change.specs as unknown[]);
		try {
			// Parse all first, so a bad spec changes nothing.
			const specs = texts.map((text) => parseFaultSpec(String(text)));
			for (const {target, fault} of specs) faults.set(target, fault);
		} catch (error) {
			return (error as Error).message;
		}
		return undefined;
	}
	if (typeof change.target === 'string' && 'fault' in change) {
		const target = resolveTarget(change.target);
		if (!target) return `unknown operation "${change.target}" (use import, export, store, discovery, * or a full operation name)`;
		if (change.fault === null) {
			faults.set(target, undefined);
			return undefined;
		}
		const problem = faultProblem(change.fault);
		if (problem) return problem;
		faults.set(target, change.fault as Fault);
		return undefined;
	}
	return 'expected {"spec": "..."}, {"specs": [...]}, {"target": "...", "fault": {...} | null} or {"clear": true}';
}

export function handleControl(method: string, url: URL, body: string, state: ControlState): Reply {
	const path = url.pathname.replace(/\/+$/, '');
	if (path === controlPrefix && method === 'GET') return json(200, state.status());
	if (path === `${controlPrefix}/faults`) {
		if (method === 'GET') return json(200, faultsView(state.faults));
		if (method === 'DELETE') {
			state.faults.clear();
			return json(200, faultsView(state.faults));
		}
		if (method === 'POST') {
			let parsed: unknown;
			try {
				parsed = JSON.parse(body);
			} catch {
				return json(400, {error: 'the body is not valid JSON'});
			}
			const problem = applyFaultChange(state.faults, parsed);
			return problem ? json(400, {error: problem}) : json(200, faultsView(state.faults));
		}
		return json(405, {error: `${method} is not supported on ${path}`});
	}
	if (path === `${controlPrefix}/requests` && method === 'GET') {
		const limit = Number(url.searchParams.get('limit') ?? 100);
		if (!Number.isInteger(limit) || limit < 0) return json(400, {error: 'limit must be a non-negative integer'});
		const entries = state.log.entries();
		return json(200, {requests: limit === 0 ? [] : entries.slice(-limit)});
	}
	if (path === `${controlPrefix}/counts` && method === 'GET') return json(200, {counts: state.log.counts()});
	return json(404, {error: `no such simulator endpoint: ${method} ${path}`});
}
