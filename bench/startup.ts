// Startup: from spawning `cutwatch --demo` on a 200×50 pseudo-terminal to the first frame that shows a task
// (its text contains an import task id). Covers Node's start, loading every module, the embedded simulator's
// start, the first poll over loopback through the SDK, and the first render. Several builds of cutwatch are
// measured in turn, run by run, so that a noisy machine slows them alike and their ratio holds.
import {spawnInPty, terminalEnv, enterAlternateScreen} from './pty.js';
import {summarize, type Stat} from './stats.js';

export type StartupResult = {ms: Stat; tui: boolean};

/** `commands`: name → the argv that starts that build (`--demo` is appended). */
export async function measureStartups(commands: ReadonlyMap<string, readonly string[]>, runs: number): Promise<Map<string, StartupResult>> {
	const samples = new Map<string, number[]>([...commands.keys()].map((name) => [name, []]));
	const tui = new Map<string, boolean>();
	for (let run = 0; run < runs; run++) {
		for (const [name, command] of commands) {
			const pty = spawnInPty([...command, '--demo'], {columns: 200, rows: 50, env: terminalEnv()});
			try {
				const shownAt = await pty.waitFor('import-snap-', 30_000);
				samples.get(name)!.push(shownAt - pty.spawnedAt);
				tui.set(name, (tui.get(name) ?? true) && pty.output().includes(enterAlternateScreen));
			} finally {
				await pty.stop();
			}
		}
	}
	return new Map([...samples].map(([name, each]) => [name, {ms: summarize(each), tui: tui.get(name) ?? false}]));
}
