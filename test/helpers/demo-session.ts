// A demo session (embedded simulator, real SDK clients over loopback) driven by a hand-turned clock.
import {openSession, type Session} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {createManualTimers, type ManualTimers} from './manual-timers.js';

export type DemoSession = Session & {timers: ManualTimers; simulatorRequests(): number; tick(): Promise<void>};

export async function openDemoSession(argv: Record<string, unknown> = {}): Promise<DemoSession> {
	const timers = createManualTimers(Date.now());
	const config = parseConfig([], {demo: true, ...argv}, false);
	const session = await openSession(config, {timers, clock: timers.now, random: () => 0.5});
	const simulator = session.simulator!;
	return Object.assign(session, {
		timers,
		simulatorRequests: () => Object.values(simulator.counts()).reduce((a, b) => a + b, 0),
		/** Fires the next due poll and waits until every request it started has been answered. */
		async tick() {
			timers.next();
			await new Promise((resolve) => setImmediate(resolve));
			await session.poller.idle();
		},
	});
}
