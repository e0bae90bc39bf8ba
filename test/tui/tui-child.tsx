// A child process for run-tui.test.tsx: runTui on a demo session, with signals wired as the CLI wires them,
// on a pretend terminal whose output goes to this process's stdout. Prints the exit code runTui returned.
import process from 'node:process';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {runTui} from '../../source/tui/run-tui.js';
import {TestStdin, TestStdout} from './render-screen.js';

const config = parseConfig([], {demo: true}, true);
const session = await openSession(config);
const controller = new AbortController();
// As the entry does (main.ts): the session polls, the screen shows it.
session.poller.start();
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, () => controller.abort());
const stdout = new TestStdout(100, 30, true);
stdout.write = (chunk: string, callback?: () => void) => {
	process.stdout.write(chunk);
	callback?.();
	return true;
};
const code = await runTui(
	session,
	config.ui,
	{stdin: new TestStdin() as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream},
	controller.signal,
);
await session.close();
process.stderr.write(`runTui returned ${code}\n`);
process.exitCode = code;
