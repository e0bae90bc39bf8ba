#!/usr/bin/env node
// cutwatch's entry point: reads argv and the environment, turns SIGINT/SIGTERM/SIGHUP into the abort signal every
// mode stops on (tui/run-tui.tsx only adds a listener that keeps Ink's signal-exit from re-raising them), and sets
// the exit code. Every mode returns one; every failure the user can fix is one line on stderr, never a stack trace.
import './production-env.js';
import process from 'node:process';
import meow from 'meow';
import {openSession, type Session} from './session/session.js';
import {parseConfig} from './cli/config.js';
import type {Config} from './config/config.js';
import {flags} from './cli/flags.js';
import {helpText} from './cli/help.js';
import {checkTypedFlags} from './cli/typed-flags.js';
import {exitCodes, UsageError} from './config/usage-error.js';
import type {Io} from './outputs/io.js';
import {runCheck} from './outputs/check.js';
import {runOnce} from './outputs/once.js';
import {interruptedExitCode} from './outputs/interrupted.js';
import {reportCommand} from './report/report-command.js';
import {runWatch} from './outputs/watch.js';
import {openRunJournal, reportJournalHealth, resumedDemoStart} from './cli/open-journal.js';
import type {OpenedJournal} from './journal/open.js';
import {watchUntilDone, type DoneResult} from './outputs/until-done.js';
import {simulateCommand} from './simulator/index.js';
import {sanitize} from './format/sanitize.js';
import {localeNeedsAscii} from './tui/terminal/locale.js';
import {runTui} from './tui/run-tui.js';
import {fullScreenRefusal} from './tui/terminal/terminal-fallback.js';
import {description, version, versionText} from './build-info.js';

async function run(config: Config, io: Io, signal: AbortSignal): Promise<number> {
	if (config.mode === 'simulate') return simulateCommand(config.simulator, io, signal);
	let session: Session | undefined;
	let journal: OpenedJournal | undefined;
	// Recorded in the journal's run-end: null when the run ended by an error.
	const end = {exitCode: null as number | null, done: false};
	try {
		session = await openSession(config, {demoStartedAt: await resumedDemoStart(config)});
		if (config.mode === 'check') return stopped(io, '--check', await runCheck(session, io, {signal}), signal);
		if (config.logFile) journal = await openRunJournal(config, session, io);
		if (config.mode === 'once') {
			return (end.exitCode = stopped(io, '--once', await runOnce(session, io, {json: config.json, statuses: config.statuses, signal}), signal));
		}
		return (end.exitCode = await runContinuous(session, config, io, signal, journal, end));
	} finally {
		// No poll may land after the journal's run-end.
		if (journal) session?.poller.stop();
		journal?.close(end);
		const left = journal?.writer.status();
		// Whatever the mode, the screen is free again: a journal that missed events says so last.
		if (left?.problem !== undefined && left.unwritten > 0) {
			io.stderr.write(`cutwatch: journal ${sanitize(config.logFile!)}: ${left.problem}, ${left.unwritten} events were not written\n`);
		}
		await session?.close();
	}
}

/** TUI or line modes, until interrupted or, with --until-done, until the selected tasks have finished. */
async function runContinuous(
	session: Session,
	config: Config,
	io: Io,
	signal: AbortSignal,
	journal: OpenedJournal | undefined,
	end: {done: boolean},
): Promise<number> {
	const stop = new AbortController();
	signal.addEventListener('abort', () => stop.abort(), {once: true});
	let done: DoneResult | undefined;
	let stillActive: number | undefined;
	const unsubscribe = config.untilDone
		? watchUntilDone(
				session.store,
				{
					ids: config.ids,
					statuses: config.statuses,
					// A resumed step has run since its first poll, not since this restart.
					startedAt: journal?.resumedStep ? Math.min(Date.now(), ...journal.resumedStep.firstSuccessAt.values()) : Date.now(),
					baseline: journal?.resumedStep,
					onBaseline: (baseline) => journal?.writer.step(baseline, Date.now()),
					deadline: config.ui.deadline,
					onRunning: (count) => (stillActive = count),
				},
				Date.now,
				(result) => {
					done = result;
					end.done = true;
					stop.abort();
				},
			)
		: undefined;
	const unreport = journal && config.mode !== 'tui' ? reportJournalHealth(session, io) : undefined;
	try {
		let code: number;
		if (config.mode === 'tui') {
			// The entry runs the polling; the screen only renders and asks for a refresh, a pause or a resume.
			if (!stop.signal.aborted) session.poller.start();
			code = await runTui(session, config.ui, {stdin: process.stdin, stdout: process.stdout}, stop.signal);
		} else {
			code = await runWatch(session, io, stop.signal, {statuses: config.statuses, quiet: config.mode === 'quiet'});
		}
		if (!done) return config.untilDone ? interrupted(io, stillActive) : code;
		const result: DoneResult = done;
		const stream = result.exitCode === exitCodes.ok || result.exitCode === exitCodes.taskFailed ? io.stdout : io.stderr;
		stream.write(`${result.summary}\n`);
		return result.exitCode;
	} finally {
		unsubscribe?.();
		unreport?.();
	}
}

/** The first signal that stopped cutwatch, if one did. */
let stoppedBy: string | undefined;

/**
 * --until-done ended before its tasks did (a signal, or q in the screen): never exit 0 or 1, which say how the
 * step went, so `cutwatch --until-done && next-step` does not run the next step.
 */
function interrupted(io: Io, stillActive: number | undefined): number {
	const what = stillActive === undefined ? 'before the selected tasks were read' : `before the selected tasks finished: ${stillActive} still active`;
	io.stderr.write(`cutwatch: interrupted ${what}\n`);
	return interruptedExitCode(stoppedBy);
}

/** A one-shot mode's exit code, or, when a signal stopped it first, one line and the signal's code. */
function stopped(io: Io, mode: string, code: number, signal: AbortSignal): number {
	if (!signal.aborted) return code;
	io.stderr.write(`cutwatch: interrupted: ${mode} did not finish\n`);
	return interruptedExitCode(stoppedBy);
}

/** What only the entry can know: the environment's colour and locale, and whether the terminal can carry the screen. */
function withTerminal(config: Config, io: Io): Config {
	const ui = {
		...config.ui,
		// https://no-color.org: any non-empty value.
		color: config.ui.color && !process.env['NO_COLOR'],
		ascii: config.ui.ascii || localeNeedsAscii(process.env),
	};
	const refusal = config.mode === 'tui' ? fullScreenRefusal({stdinIsTerminal: process.stdin.isTTY === true, term: process.env['TERM']}) : undefined;
	if (refusal) {
		io.stderr.write(refusal);
		return {...config, ui, mode: 'watch'};
	}
	return {...config, ui};
}

/** One line on stderr, if stderr can still take it. */
function say(line: string): void {
	try {
		process.stderr.write(`cutwatch: ${line}\n`);
	} catch {
		// stderr itself is gone: the exit code is all that is left.
	}
}

function internalError(error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	say(`internal error: ${sanitize(message)} (please report it)`);
	process.exitCode = exitCodes.internal;
}

async function main(): Promise<number> {
	const io: Io = {stdout: process.stdout, stderr: process.stderr};
	const controller = new AbortController();
	for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(name, () => {
			stoppedBy ??= name;
			controller.abort();
		});
	}
	// The reader went away (`cutwatch simulate | head`, a closed SSH pipe): shut down cleanly, no stack trace.
	// Any other write failure (a full disk under `> report.txt`) is one line and exit 74.
	let outputError: string | undefined;
	let returned = false;
	for (const [name, stream] of [
		['stdout', process.stdout],
		['stderr', process.stderr],
	] as const) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			controller.abort();
			if (error.code === 'EPIPE' || outputError !== undefined) return;
			outputError = `cannot write to ${name}: ${error.code ?? 'error'} (${sanitize(error.message)})`;
			// A write that failed after the mode ended (the last buffered chunk) still decides the exit code.
			if (returned) {
				say(outputError);
				process.exitCode = exitCodes.ioError;
			}
		});
	}
	// Whatever escapes the modes (a throw in a callback, a rejected promise nobody awaited) is still one line.
	process.on('uncaughtException', (error) => {
		internalError(error);
		process.exit();
	});
	process.on('unhandledRejection', (error) => {
		internalError(error);
		process.exit();
	});
	let code: number;
	try {
		// A command of its own with its own flags: the monitor's flags mean nothing to it.
		if (process.argv[2] === 'report') return reportCommand(process.argv.slice(3), io);
		checkTypedFlags(process.argv.slice(2));
		// The version comes from the build, not from whatever package.json meow would find next to this file.
		const cli = meow(helpText(), {
			importMeta: import.meta,
			pkg: {name: 'cutwatch', version, description},
			version: versionText(),
			flags,
			allowUnknownFlags: true,
			autoHelp: true,
			autoVersion: true,
		});
		// meow answers --help and --version only when alone: `cutwatch --demo --help` still wants the help.
		if (cli.flags['help'] === true) cli.showHelp(exitCodes.ok);
		if (cli.flags['version'] === true) cli.showVersion();
		const config = withTerminal(parseConfig(cli.input, cli.flags, process.stdout.isTTY === true, process.argv.slice(2)), io);
		code = await run(config, io, controller.signal);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`cutwatch: ${error.message}\n`);
			return error.exitCode;
		}
		if (outputError === undefined) {
			internalError(error);
			return exitCodes.internal;
		}
		code = exitCodes.ioError;
	} finally {
		returned = true;
	}
	if (outputError !== undefined) {
		say(outputError);
		return exitCodes.ioError;
	}
	return code;
}

// No top-level await: the single executable runs this bundle as CommonJS. main() never rejects.
void main().then((code) => {
	process.exitCode = code;
});
