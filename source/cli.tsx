#!/usr/bin/env node
// cutwatch's entry point: the only place that touches argv, signals and the exit code. Every mode returns an
// exit code; every failure the user can fix is one line on stderr, never a stack trace.
import './production-env.js';
import process from 'node:process';
import meow from 'meow';
import {openSession, type Session} from './app/session.js';
import {parseConfig, type Config} from './cli/config.js';
import {flags} from './cli/flags.js';
import {helpText} from './cli/help.js';
import {exitCodes, UsageError} from './cli/usage-error.js';
import type {Io} from './headless/io.js';
import {runCheck} from './headless/check.js';
import {runOnce} from './headless/once.js';
import {reportCommand} from './report/report-command.js';
import {runWatch} from './headless/watch.js';
import {openEventLogFile, type EventLogFile} from './headless/event-log-file.js';
import {watchUntilDone, type DoneResult} from './headless/until-done.js';
import {simulateCommand} from './simulator/index.js';
import {sanitize} from './text/sanitize.js';
import {localeNeedsAscii} from './ui/locale.js';
import {runTui} from './ui/run-tui.js';

async function run(config: Config, io: Io, signal: AbortSignal): Promise<number> {
	if (config.mode === 'simulate') return simulateCommand(config.simulator, io, signal);
	let session: Session | undefined;
	let log: EventLogFile | undefined;
	try {
		session = await openSession(config);
		if (config.logFile) log = openEventLogFile(config.logFile, session.store);
		if (config.mode === 'check') return await runCheck(session, io, {signal});
		if (config.mode === 'once') return await runOnce(session, io, {json: config.json, statuses: config.statuses});
		return await runContinuous(session, config, io, signal);
	} finally {
		log?.close();
		await session?.close();
	}
}

/** TUI or line modes, until interrupted or, with --until-done, until the selected tasks have finished. */
async function runContinuous(session: Session, config: Config, io: Io, signal: AbortSignal): Promise<number> {
	const stop = new AbortController();
	signal.addEventListener('abort', () => stop.abort(), {once: true});
	let done: DoneResult | undefined;
	const unsubscribe = config.untilDone
		? watchUntilDone(
				session.store,
				{
					ids: config.ids,
					statuses: config.statuses,
					startedAt: Date.now(),
					missingIdExitCode: config.demo ? exitCodes.usage : exitCodes.awsConfig,
				},
				Date.now,
				(result) => {
					done = result;
					stop.abort();
				},
			)
		: undefined;
	try {
		const code =
			config.mode === 'tui'
				? await runTui(session, config.ui, {stdin: process.stdin, stdout: process.stdout}, stop.signal)
				: await runWatch(session, io, stop.signal, {statuses: config.statuses, quiet: config.mode === 'quiet'});
		if (!done) return code;
		const result: DoneResult = done;
		const stream = result.exitCode === exitCodes.ok || result.exitCode === exitCodes.taskFailed ? io.stdout : io.stderr;
		stream.write(`${result.summary}\n`);
		return result.exitCode;
	} finally {
		unsubscribe?.();
	}
}

/** What only the entry can know: the environment's colour and locale, and whether stdin is a keyboard. */
function withTerminal(config: Config, io: Io): Config {
	const ui = {
		...config.ui,
		// https://no-color.org: any non-empty value.
		color: config.ui.color && !process.env['NO_COLOR'],
		ascii: config.ui.ascii || localeNeedsAscii(process.env),
	};
	if (config.mode === 'tui' && process.stdin.isTTY !== true) {
		io.stderr.write('cutwatch: stdin is not a terminal, so there are no keys to drive the screen: printing events as lines (pass --watch to say so)\n');
		return {...config, ui, mode: 'watch'};
	}
	return {...config, ui};
}

async function main(): Promise<number> {
	const io: Io = {stdout: process.stdout, stderr: process.stderr};
	const controller = new AbortController();
	for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(name, () => controller.abort());
	}
	// The reader went away (`cutwatch simulate | head`, a closed SSH pipe): shut down cleanly, no stack trace.
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') controller.abort();
			else throw error;
		});
	}
	try {
		// A command of its own with its own flags: the monitor's flags mean nothing to it.
		if (process.argv[2] === 'report') return reportCommand(process.argv.slice(3), io);
		const cli = meow(helpText, {importMeta: import.meta, flags, allowUnknownFlags: true, autoHelp: true, autoVersion: true});
		const config = withTerminal(parseConfig(cli.input, cli.flags, process.stdout.isTTY === true), io);
		return await run(config, io, controller.signal);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`cutwatch: ${error.message}\n`);
			return error.exitCode;
		}
		const message = error instanceof Error ? error.message : String(error);
		io.stderr.write(`cutwatch: unexpected error: ${sanitize(message)}\n`);
		return exitCodes.internal;
	}
}

process.exitCode = await main();
