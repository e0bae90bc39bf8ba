// Startup: from spawning `cutwatch --demo` on a 200×50 pseudo-terminal to the first frame that shows a task
// (its text contains an import task id). Covers Node's start, loading every module, the embedded simulator's
// start, the first poll over loopback through the SDK, and the first render.
import {spawnInPty, terminalEnv, enterAlternateScreen} from './pty.js';
import {summarize, type Stat} from './stats.js';

export type StartupResult = {ms: Stat; tui: boolean};

export async function measureStartup(cli: string, runs: number): Promise<StartupResult> {
	const samples: number[] = [];
	let tui = true;
	for (let run = 0; run < runs; run++) {
		const pty = spawnInPty([process.execPath, cli, '--demo'], {columns: 200, rows: 50, env: terminalEnv()});
		try {
			const shownAt = await pty.waitFor('import-snap-', 30_000);
			samples.push(shownAt - pty.spawnedAt);
			tui &&= pty.output().includes(enterAlternateScreen);
		} finally {
			await pty.stop();
		}
	}
	return {ms: summarize(samples), tui};
}
