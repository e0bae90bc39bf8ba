// A real cutwatch session (SDK clients, poller, store) on a hand-turned clock: the setup the in-process harnesses
// (fleet.ts, poll-tiers.ts, soak-run.ts) share, and the window of the schedule they measure over.
import process from 'node:process';
import {parseConfig, type RawFlags} from '../source/cli/config.js';
import type {Config} from '../source/config/config.js';
import {openSession, type Session, type SessionOptions} from '../source/session/session.js';
import {createManualTimers, type ManualTimers} from '../test/helpers/manual-timers.js';
import {requestCount, simulatorCredentials} from './simulator-process.js';

export type ManualSession = {session: Session; timers: ManualTimers; config: Config};

/** The value after `name` on the command line. */
export function argOption(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The simulator's dummy keys in this process's environment, and no AWS setting of the caller's. */
export function useSimulatorCredentials() {
	for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
	Object.assign(process.env, simulatorCredentials);
}

/** A `--watch` session on `endpointUrl`, on a clock turned by hand (by default one that starts now). */
export async function openManualSession(
	endpointUrl: string,
	flags: RawFlags,
	options: Omit<SessionOptions, 'timers'>,
	timers = createManualTimers(Date.now()),
): Promise<ManualSession> {
	const config = parseConfig([], {endpointUrl, watch: true, ...flags}, false);
	return {session: await openSession(config, {...options, timers}), timers, config};
}

/** Lets a fired poll reach its request (it awaits a concurrency slot first), then waits for every poll to end. */
export async function turn(session: Session) {
	await settle();
	await session.poller.idle();
}

export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export type WindowCost = {cpuSeconds: number; requests: number};

/**
 * Starts the poller, lets the first round finish, then runs every poll due in the next `minutes` of the schedule,
 * in order (the window ends just before the poll due at its end). Returns this process's CPU and the simulator's
 * requests over the window; `onWindowStart` runs as it opens.
 */
export async function pollWindow({session, timers}: ManualSession, endpoint: string, minutes: number, onWindowStart?: () => void): Promise<WindowCost> {
	session.poller.start();
	await turn(session);
	const startedAt = timers.now();
	const requestsBefore = await requestCount(endpoint);
	const before = process.cpuUsage();
	onWindowStart?.();
	while (true) {
		const due = Math.min(...timers.delays());
		if (timers.now() + due >= startedAt + minutes * 60_000) break;
		timers.next();
		await turn(session);
	}
	const used = process.cpuUsage(before);
	const requests = (await requestCount(endpoint)) - requestsBefore;
	return {cpuSeconds: (used.user + used.system) / 1e6, requests};
}

/** A figure from a session whose sources fail measures nothing: stop with their errors. */
export function throwIfFailing(session: Session) {
	const failing = [...session.store.getState().sources.values()].filter((source) => source.lastError !== undefined);
	if (failing.length > 0) throw new Error(`sources failing: ${failing.map((source) => `${source.key} ${source.lastError?.code}`).join(', ')}`);
}
