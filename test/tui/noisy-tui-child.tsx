// A child process for quiet-terminal.test.ts, run on a real pty: runTui on a demo session with the process's own
// stdin and stdout (the terminal), and libraries that talk while the screen is up. Once the first tasks are in
// the store it has the SDK emit its real NodeVersionSupportWarning (as it does on Node < 22), and writes through
// console methods, process.emitWarning and process.stderr.write, as a dependency might.
import process from 'node:process';
import {emitWarningIfUnsupportedVersion} from '@aws-sdk/core/client';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {runTui} from '../../source/tui/run-tui.js';

const config = parseConfig([], {demo: true}, true);
const session = await openSession(config);
const controller = new AbortController();
// As the entry does (main.ts): the session polls, the screen shows it.
session.poller.start();
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, () => controller.abort());
const unsubscribe = session.store.subscribe((state) => {
	if (Object.values(state.tasks).every((tasks) => tasks.size === 0)) return;
	unsubscribe();
	emitWarningIfUnsupportedVersion('v20.19.5');
	process.emitWarning('probe-emit-warning', 'DeprecationWarning');
	console.log('probe-console-log');
	console.info('probe-console-info');
	console.warn('probe-console-warn %d', 42);
	console.error(new Error('probe-console-error'));
	console.debug('probe-console-debug');
	console.trace('probe-console-trace');
	console.dir({probe: 'console-dir'});
	process.stderr.write('probe-stderr-write\n');
});
const code = await runTui(session, config.ui, {stdin: process.stdin, stdout: process.stdout}, controller.signal);
await session.close();
// After the screen is given back, writing is fine again, and goes where it always went.
console.log(`runTui returned ${code}; console.log is ${console.log.name === 'log' ? 'the original' : 'still diverted'}`);
process.exitCode = code;
