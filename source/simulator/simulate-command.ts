// `cutwatch simulate`: runs the simulator in the foreground until the abort signal (Ctrl+C, SIGTERM). The first line
// of output is always `endpoint http://127.0.0.1:PORT`, so scripts can read it and point clients there.
import type {Writable} from 'node:stream';
import {demoCredentials, demoRegion} from './demo.js';
import {formatSpan} from '../format/duration.js';
import {formatFaultSpec, parseFaultSpec} from './faults/spec.js';
import type {Fault, FaultSettings, FaultTarget} from './faults/table.js';
import {controlPrefix} from './server/control-endpoint.js';
import {generateScenario} from './scenario/generate.js';
import {loadScenarioFile} from './scenario/file.js';
import {scenarioEndMs, type Scenario} from './scenario/model.js';
import {startSimulator, type Simulator} from './server/server.js';
import {isPort, isSpeed} from './server/limits.js';
import {UsageError, exitCodes} from '../config/usage-error.js';

/** Field names match the CLI's SimulatorFlags, so the parsed flags can be passed straight in. */
export type SimulateOptions = {
	port?: number | undefined;
	speed?: number | undefined;
	seed?: string | number | undefined;
	scenarioFile?: string | undefined;
	requestLogFile?: string | undefined;
	/** Fault specs such as "store=throttle:0.5". */
	faults?: readonly string[] | undefined;
	/** Generate a large scenario with this many tasks over 24 h instead of the demo cutover. */
	tasks?: number | undefined;
};

export type CommandIo = {stdout: Writable; stderr: Writable};

async function prepare(options: SimulateOptions): Promise<{scenario?: Scenario; faults: FaultSettings}> {
	const {port, speed, tasks} = options;
	if (port !== undefined && !isPort(port)) {
		throw new UsageError(`--port must be a whole number from 0 to 65535, got ${port}`);
	}
	if (speed !== undefined && !isSpeed(speed)) throw new UsageError(`--speed must be a positive number, got ${speed}`);
	if (tasks !== undefined && (!Number.isInteger(tasks) || tasks < 0)) throw new UsageError(`--tasks must be a whole number, got ${tasks}`);
	if (tasks !== undefined && options.scenarioFile !== undefined) throw new UsageError('use --scenario or --tasks, not both');
	const faults: FaultSettings = {};
	for (const text of options.faults ?? []) {
		const {target, fault} = parseFaultSpec(text);
		faults[target] = fault;
	}
	let scenario: Scenario | undefined;
	if (options.scenarioFile !== undefined) scenario = await loadScenarioFile(options.scenarioFile, options.seed);
	else if (tasks !== undefined) scenario = generateScenario({seed: options.seed, tasks});
	return {scenario, faults};
}

function summary(simulator: Simulator, requestLogFile: string | undefined): string {
	const {scenario, endpoint, speed, seed} = simulator;
	const counts = [
		`${scenario.importSnapshots.length} snapshot imports`,
		`${scenario.imageExports.length} image exports`,
		`${scenario.storeImageTasks.length} AMI store tasks`,
		`${scenario.discoveryImports.length} Discovery imports`,
	].join(', ');
	const faults = Object.entries(simulator.faults()).map(([target, fault]) => formatFaultSpec(target as FaultTarget, fault as Fault));
	const keys = `AWS_ACCESS_KEY_ID=${demoCredentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${demoCredentials.secretAccessKey}`;
	const flags = `--endpoint-url ${endpoint} --region ${demoRegion}`;
	return [
		`scenario: ${scenario.name} (${counts})`,
		`seed ${seed}, speed ${speed}x: the scenario plays out over about ${formatSpan(scenarioEndMs(scenario) / speed)}; finished tasks stay listed`,
		`faults: ${faults.length > 0 ? faults.join(' ') : 'none'} ` +
			`(change them live: curl -X POST ${endpoint}${controlPrefix}/faults -d '{"spec":"store=throttle:0.5"}')`,
		...(requestLogFile ? [`request log: ${requestLogFile}`] : []),
		'',
		'Query it with the AWS CLI (dummy credentials; nothing reaches AWS):',
		`  ${keys} aws ec2 describe-import-snapshot-tasks ${flags}`,
		`  ${keys} aws discovery describe-import-tasks ${flags}`,
		'Watch it with cutwatch:',
		`  ${keys} cutwatch ${flags}`,
		'Stop with Ctrl+C.',
		'',
	].join('\n');
}

/** Resolves when `signal` aborts: source/main.ts turns SIGINT, SIGTERM and SIGHUP into it, for every mode. */
function aborted(signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal.aborted) resolve();
		else signal.addEventListener('abort', () => resolve(), {once: true});
	});
}

/** A port taken or not allowed: the --port given cannot be used, so it is bad usage (pick another port). */
const cannotStart = exitCodes.usage;

/** Exit codes: 0 after a clean stop, 2 (usage) for bad options and for a port it cannot listen on. */
export async function simulateCommand(options: SimulateOptions, io: CommandIo, signal: AbortSignal): Promise<number> {
	let prepared: Awaited<ReturnType<typeof prepare>>;
	try {
		prepared = await prepare(options);
	} catch (error) {
		// Bad options, fault specs and scenario files are all UsageErrors.
		if (error instanceof UsageError) {
			io.stderr.write(`cutwatch simulate: ${error.message}\n`);
			return error.exitCode;
		}
		throw error;
	}
	let simulator: Simulator;
	try {
		simulator = await startSimulator({
			port: options.port,
			speed: options.speed,
			seed: options.seed,
			scenario: prepared.scenario,
			faults: prepared.faults,
			requestLogFile: options.requestLogFile,
		});
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		const reasons: Record<string, string> = {EADDRINUSE: `port ${options.port} is already in use`, EACCES: `no permission to listen on port ${options.port}`};
		const reason = reasons[code ?? ''] ?? message;
		io.stderr.write(`cutwatch simulate: cannot start the simulator: ${reason}\n`);
		return cannotStart;
	}
	io.stdout.write(`endpoint ${simulator.endpoint}\n`);
	io.stdout.write(summary(simulator, options.requestLogFile));
	await aborted(signal);
	await simulator.close();
	const served = Object.values(simulator.counts()).reduce((sum, count) => sum + count, 0);
	io.stdout.write(`simulator stopped (${served} request${served === 1 ? '' : 's'} answered)\n`);
	return exitCodes.ok;
}
