// Validates the parsed command line into one Config. Pure (no I/O), so every bad-input case is unit-tested;
// each problem becomes one UsageError line that names the flag and the fix.
import {taskKinds, type TaskKind} from '../model/task.js';
import {intervalBoundsMs} from '../poller/schedule.js';
import {knownFlagNames} from './flags.js';
import {UsageError} from './usage-error.js';

export type Mode = 'tui' | 'watch' | 'quiet' | 'once' | 'check' | 'simulate';

/** Categories --status can select (unknown is shown, never selected). */
export const selectableStatuses = ['active', 'failed', 'completed', 'cancelled'] as const;
export type SelectableStatus = (typeof selectableStatuses)[number];

export type IdSelection = {
	importTaskIds: string[];
	exportTaskIds: string[];
	imageIds: string[];
	discoveryTaskIds: string[];
};

export type SimulatorFlags = {
	speed?: number | undefined;
	seed?: string | undefined;
	scenarioFile?: string | undefined;
	port?: number | undefined;
	requestLogFile?: string | undefined;
	faults: string[];
};

export type BellMode = 'all' | 'failed' | 'none';

export type UiFlags = {
	/** false with --no-color or NO_COLOR (decided in the CLI entry, which sees the environment). */
	color: boolean;
	/** --ascii; the CLI entry also turns it on when the locale is not UTF-8. */
	ascii: boolean;
	bell: BellMode;
	title: boolean;
};

export type Config = {
	mode: Mode;
	ui: UiFlags;
	json: boolean;
	demo: boolean;
	/** Empty: the default credential chain (AWS_PROFILE or default). */
	profiles: string[];
	/** Empty: resolved later from the environment or the profile. */
	regions: string[];
	discoveryRegion?: string | undefined;
	endpointUrl?: string | undefined;
	intervalMs?: number | undefined;
	/** --full-interval: how often a large history is listed in full (two-tier polling); default 5 min. */
	fullIntervalMs?: number | undefined;
	kinds: TaskKind[];
	ids: IdSelection;
	/** --status: empty means every status. */
	statuses: SelectableStatus[];
	/** --until-done: exit when no selected task is active (0: none failed, 1: some failed). */
	untilDone: boolean;
	/** --log FILE: every event appended as a JSON line. */
	logFile?: string | undefined;
	simulator: SimulatorFlags;
};

/** What meow hands over: flags as text, lists possibly comma-separated. */
export type RawFlags = Record<string, unknown>;

const sourceNames: Record<string, TaskKind> = {
	import: 'import-snapshot',
	export: 'export-image',
	store: 'store-image',
	discovery: 'discovery-import',
	...Object.fromEntries(taskKinds.map((kind) => [kind, kind])),
};

const regionPattern = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const idPatterns = {
	importTaskIds: [/^import-snap-[0-9a-zA-Z]{8,}$/, '--import-task-id', 'import-snap-0123456789abcdef0'],
	exportTaskIds: [/^export-ami-[0-9a-zA-Z]{8,}$/, '--export-task-id', 'export-ami-0123456789abcdef0'],
	imageIds: [/^ami-[0-9a-f]{8,17}$/, '--image-id', 'ami-0123456789abcdef0'],
	discoveryTaskIds: [/^import-task-[a-fA-F0-9]{32}$/, '--discovery-task-id', 'import-task-<32 hex digits>'],
} as const;

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function list(value: unknown): string[] {
	const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return values
		.flatMap((v) => String(v).split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

function text(flags: RawFlags, name: string): string | undefined {
	const value = flags[name];
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || value.trim() === '') {
		throw new UsageError(`--${kebab(name)} needs a value`);
	}
	return value.trim();
}

function number(flags: RawFlags, name: string, min: number, max: number, unit = ''): number | undefined {
	const raw = text(flags, name);
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new UsageError(`--${kebab(name)} must be a number from ${min} to ${max}${unit}, got "${raw}"`);
	}
	return value;
}

export function parseConfig(input: readonly string[], flags: RawFlags, stdoutIsTty: boolean): Config {
	const unknown = Object.keys(flags).filter((name) => !knownFlagNames.has(name));
	if (unknown.length > 0) {
		throw new UsageError(`unknown option --${kebab(unknown[0]!)} (see cutwatch --help)`);
	}
	const [command, ...rest] = input;
	if (command !== undefined && command !== 'simulate') {
		throw new UsageError(`unknown command "${command}": the only command is "simulate" (see cutwatch --help)`);
	}
	if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}" (see cutwatch --help)`);

	const demo = flags['demo'] === true;
	const once = flags['once'] === true;
	const watch = flags['watch'] === true;
	const json = flags['json'] === true;
	const untilDone = flags['untilDone'] === true;
	const quiet = flags['quiet'] === true;
	const check = flags['check'] === true;
	const simulate = command === 'simulate';
	if (once && watch) throw new UsageError('--once and --watch exclude each other: pick one');
	if (once && untilDone) throw new UsageError('--once and --until-done exclude each other: --once exits after one poll, --until-done waits for tasks to finish');
	if (check && (once || watch || untilDone)) throw new UsageError('--check runs alone: drop --once/--watch/--until-done');
	if (quiet && !untilDone) throw new UsageError('--quiet goes with --until-done (it prints only the final summary)');
	if (quiet && watch) throw new UsageError('--quiet and --watch exclude each other: pick one');
	if (json && !once) throw new UsageError('--json goes with --once (e.g. cutwatch --once --json)');
	if (simulate && (once || watch || demo || untilDone || check)) {
		throw new UsageError('simulate runs only the simulator: drop --once/--watch/--until-done/--check/--demo, or drop "simulate"');
	}

	const regions = list(flags['region']);
	for (const region of regions) {
		if (!regionPattern.test(region)) {
			throw new UsageError(`--region "${region}" is not an AWS region name (e.g. us-east-1, eu-west-2)`);
		}
	}
	const discoveryRegion = text(flags, 'discoveryRegion');
	if (discoveryRegion !== undefined && !regionPattern.test(discoveryRegion)) {
		throw new UsageError(`--discovery-region "${discoveryRegion}" is not an AWS region name (e.g. us-west-2)`);
	}

	const endpointUrl = text(flags, 'endpointUrl');
	if (endpointUrl !== undefined) {
		let url: URL;
		try {
			url = new URL(endpointUrl);
		} catch {
			throw new UsageError(`--endpoint-url "${endpointUrl}" is not a URL (e.g. http://127.0.0.1:4566)`);
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			throw new UsageError(`--endpoint-url must start with http:// or https://, got "${endpointUrl}"`);
		}
	}
	if (demo && endpointUrl !== undefined) {
		throw new UsageError('--demo runs its own simulator: drop --endpoint-url (or drop --demo to use that endpoint)');
	}
	const profiles = list(flags['profile']);
	if (demo && profiles.length > 0) {
		throw new UsageError('--demo needs no AWS profile: drop --profile (or drop --demo to watch that account)');
	}

	const interval = number(flags, 'interval', intervalBoundsMs.min / 1000, intervalBoundsMs.max / 1000, ' seconds');
	const fullInterval = number(flags, 'fullInterval', intervalBoundsMs.min / 1000, intervalBoundsMs.max / 1000, ' seconds');

	const kinds: TaskKind[] = [];
	for (const name of list(flags['sources'])) {
		const kind = sourceNames[name];
		if (kind === undefined) {
			throw new UsageError(`--sources "${name}" is not a source: use import, export, store or discovery`);
		}
		if (!kinds.includes(kind)) kinds.push(kind);
	}

	const ids: IdSelection = {importTaskIds: [], exportTaskIds: [], imageIds: [], discoveryTaskIds: []};
	for (const key of Object.keys(idPatterns) as Array<keyof IdSelection>) {
		const [pattern, flag, example] = idPatterns[key];
		const flagName = key === 'importTaskIds' ? 'importTaskId' : key === 'exportTaskIds' ? 'exportTaskId' : key === 'imageIds' ? 'imageId' : 'discoveryTaskId';
		for (const id of list(flags[flagName])) {
			if (!pattern.test(id)) throw new UsageError(`${flag} "${id}" does not look like ${example}`);
			if (!ids[key].includes(id)) ids[key].push(id);
		}
	}

	const statuses: SelectableStatus[] = [];
	for (const name of list(flags['status'])) {
		if (!(selectableStatuses as readonly string[]).includes(name)) {
			throw new UsageError(`--status "${name}" is not a status: use active, failed, completed or cancelled`);
		}
		if (!statuses.includes(name as SelectableStatus)) statuses.push(name as SelectableStatus);
	}
	const logFile = text(flags, 'log');

	const simulator: SimulatorFlags = {
		speed: number(flags, 'speed', 0.01, 100_000),
		seed: text(flags, 'seed'),
		scenarioFile: text(flags, 'scenario'),
		port: number(flags, 'port', 0, 65_535),
		requestLogFile: text(flags, 'requestLog'),
		faults: list(flags['fault']),
	};
	if (simulator.port !== undefined && !Number.isInteger(simulator.port)) {
		throw new UsageError(`--port must be a whole number, got "${String(flags['port'])}"`);
	}
	if (!demo && !simulate) {
		for (const name of ['speed', 'seed', 'scenario'] as const) {
			if (flags[name] !== undefined) throw new UsageError(`--${name} applies to --demo and simulate only`);
		}
	}
	if (!simulate) {
		for (const name of ['port', 'requestLog', 'fault'] as const) {
			if (flags[name] !== undefined && list(flags[name]).length > 0) {
				throw new UsageError(`--${kebab(name)} applies to "cutwatch simulate" only`);
			}
		}
	}

	const bell = text(flags, 'bell') ?? 'failed';
	if (bell !== 'all' && bell !== 'failed' && bell !== 'none') {
		throw new UsageError(`--bell must be all, failed or none, got "${bell}"`);
	}
	const ui: UiFlags = {color: flags['color'] !== false, ascii: flags['ascii'] === true, bell, title: flags['title'] !== false};

	const mode: Mode = simulate
		? 'simulate'
		: check
			? 'check'
			: once
				? 'once'
				: quiet
					? 'quiet'
					: watch || !stdoutIsTty
						? 'watch'
						: 'tui';
	return {
		mode,
		ui,
		json,
		demo,
		profiles,
		regions,
		discoveryRegion,
		endpointUrl,
		intervalMs: interval === undefined ? undefined : interval * 1000,
		fullIntervalMs: fullInterval === undefined ? undefined : fullInterval * 1000,
		kinds: kinds.length > 0 ? kinds : [...taskKinds],
		ids,
		statuses,
		untilDone,
		logFile,
		simulator,
	};
}
