// Validates the parsed command line into one Config. Pure (no I/O), so every bad-input case is unit-tested;
// each problem becomes one UsageError line that names the flag and the fix.
import {idListKinds, kindsWithIds} from '../model/id-selection.js';
import {kindLabels, taskKinds, type TaskKind} from '../model/task.js';
import {intervalBoundsMs} from '../poller/schedule.js';
import {parseDuration} from '../format/duration.js';
import {parseDeadline} from '../model/deadline.js';
import {knownFlagNames} from './flags.js';
import {checkRegion, givenList, kebab, list, number, text, typedFlag, type RawFlags} from './flag-values.js';
import {UsageError} from '../config/usage-error.js';
import {
	selectableStatuses,
	themeChoices,
	type Config,
	type IdSelection,
	type RunMode,
	type SelectableStatus,
	type SimulatorFlags,
	type ThemeChoice,
	type UiOptions,
} from '../config/config.js';
import {portRange, speedRange} from '../simulator/server/limits.js';

export type {RawFlags} from './flag-values.js';

const shortSourceNames: Record<string, TaskKind> = {
	import: 'import-snapshot',
	export: 'export-image',
	store: 'store-image',
	discovery: 'discovery-import',
};
const sourceNames: Record<string, TaskKind> = {...shortSourceNames, ...Object.fromEntries(taskKinds.map((kind) => [kind, kind]))};

const idPatterns = {
	importTaskIds: [/^import-snap-[0-9a-zA-Z]{8,}$/, '--import-task-id', 'import-snap-0123456789abcdef0'],
	exportTaskIds: [/^export-ami-[0-9a-zA-Z]{8,}$/, '--export-task-id', 'export-ami-0123456789abcdef0'],
	imageIds: [/^ami-[0-9a-f]{8,17}$/, '--image-id', 'ami-0123456789abcdef0'],
	discoveryTaskIds: [/^import-task-[a-fA-F0-9]{32}$/, '--discovery-task-id', 'import-task-<32 hex digits>'],
} as const;

/** `argv`: the arguments as typed, only to report an unknown flag the way the user spelled it. */
export function parseConfig(input: readonly string[], flags: RawFlags, stdoutIsTty: boolean, argv: readonly string[] = []): Config {
	const unknown = Object.keys(flags).filter((name) => !knownFlagNames.has(name));
	if (unknown.length > 0) {
		throw new UsageError(`unknown option ${typedFlag(unknown[0]!, argv)} (see cutwatch --help)`);
	}
	const [command, ...rest] = input;
	if (command !== undefined && command !== 'simulate') {
		throw new UsageError(`unknown command "${command}": the commands are "simulate" and "report" (see cutwatch --help)`);
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
	if (once && untilDone)
		throw new UsageError('--once and --until-done exclude each other: --once exits after one poll, --until-done waits for tasks to finish');
	if (check && (once || watch || untilDone)) throw new UsageError('--check runs alone: drop --once/--watch/--until-done');
	if (quiet && !untilDone) throw new UsageError('--quiet goes with --until-done (it prints only the final summary)');
	if (quiet && watch) throw new UsageError('--quiet and --watch exclude each other: pick one');
	if (json && !once) throw new UsageError('--json goes with --once (e.g. cutwatch --once --json)');
	if (simulate && (once || watch || demo || untilDone || check)) {
		throw new UsageError('simulate runs only the simulator: drop --once/--watch/--until-done/--check/--demo, or drop "simulate"');
	}

	const endpointUrl = text(flags, 'endpointUrl');
	const regions = givenList(flags, 'region', ' (e.g. --region us-east-1)');
	for (const region of regions) checkRegion('--region', region, endpointUrl !== undefined, 'us-east-1, eu-west-2');
	const discoveryRegion = text(flags, 'discoveryRegion');
	if (discoveryRegion !== undefined) checkRegion('--discovery-region', discoveryRegion, endpointUrl !== undefined, 'us-west-2');

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
	const profiles = givenList(flags, 'profile');
	if (demo && profiles.length > 0) {
		throw new UsageError('--demo needs no AWS profile: drop --profile (or drop --demo to watch that account)');
	}

	const interval = number(flags, 'interval', intervalBoundsMs.min / 1000, intervalBoundsMs.max / 1000, ' seconds');
	const stallAfterText = text(flags, 'stallAfter');
	const stallAfterMs = stallAfterText === undefined ? undefined : parseDuration(stallAfterText);
	if (stallAfterText !== undefined && (stallAfterMs === undefined || stallAfterMs < 60_000 || stallAfterMs > 7 * 86_400_000)) {
		throw new UsageError(`--stall-after must be a duration from 1m to 7d (e.g. 20m, 1h30m), got "${stallAfterText}"`);
	}
	const deadlineText = text(flags, 'deadline');
	const deadline = deadlineText === undefined ? undefined : parseDeadline(deadlineText, Date.now());
	if (deadlineText !== undefined && deadline === undefined) {
		throw new UsageError(`--deadline must be a clock time (04:30 local, 04:30Z UTC) or a time from now (+2h), got "${deadlineText}"`);
	}
	const fullInterval = number(flags, 'fullInterval', intervalBoundsMs.min / 1000, intervalBoundsMs.max / 1000, ' seconds');

	const kinds: TaskKind[] = [];
	for (const name of givenList(flags, 'sources', ': import, export, store or discovery')) {
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
		for (const id of givenList(flags, flagName)) {
			if (!pattern.test(id)) throw new UsageError(`${flag} "${id}" does not look like ${example}`);
			if (!ids[key].includes(id)) ids[key].push(id);
		}
	}

	// With ids, the panes they belong to are the runbook step: other panes are not polled unless --sources asks.
	const idKinds = kindsWithIds(ids);
	// Ids for a pane --sources leaves out would be silently ignored: refuse the contradiction instead.
	if (kinds.length > 0) {
		for (const key of Object.keys(idListKinds) as Array<keyof IdSelection>) {
			const kind = idListKinds[key];
			if (ids[key].length === 0 || kinds.includes(kind)) continue;
			const source = Object.entries(shortSourceNames).find(([, k]) => k === kind)![0];
			throw new UsageError(
				`${idPatterns[key][1]} selects ${kindLabels[kind]}, which --sources ${list(flags['sources']).join(',')} leaves out: add ${source} to --sources, or drop the id`,
			);
		}
	}

	const statuses: SelectableStatus[] = [];
	for (const name of givenList(flags, 'status', ': active, failed, completed or cancelled')) {
		if (!(selectableStatuses as readonly string[]).includes(name)) {
			throw new UsageError(`--status "${name}" is not a status: use active, failed, completed or cancelled`);
		}
		if (!statuses.includes(name as SelectableStatus)) statuses.push(name as SelectableStatus);
	}
	const logFile = text(flags, 'log');

	const simulator: SimulatorFlags = {
		speed: number(flags, 'speed', speedRange.min, speedRange.max),
		seed: text(flags, 'seed'),
		scenarioFile: text(flags, 'scenario'),
		port: number(flags, 'port', portRange.min, portRange.max),
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
	const notify = text(flags, 'notify') ?? 'none';
	if (notify !== 'all' && notify !== 'failed' && notify !== 'none') {
		throw new UsageError(`--notify must be failed, all or none, got "${notify}"`);
	}
	const theme = text(flags, 'theme') ?? 'auto';
	if (!(themeChoices as readonly string[]).includes(theme)) {
		throw new UsageError(`--theme must be dark, light or auto, got "${theme}"`);
	}
	const ui: UiOptions = {
		color: flags['color'] !== false,
		ascii: flags['ascii'] === true,
		bell,
		title: flags['title'] !== false,
		clipboard: flags['clipboard'] !== false,
		notify,
		deadline,
		theme: theme as ThemeChoice,
	};

	const mode: RunMode = simulate ? 'simulate' : check ? 'check' : once ? 'once' : quiet ? 'quiet' : watch || !stdoutIsTty ? 'watch' : 'tui';
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
		stallAfterMs,
		fullIntervalMs: fullInterval === undefined ? undefined : fullInterval * 1000,
		kinds: kinds.length > 0 ? kinds : idKinds.length > 0 ? idKinds : [...taskKinds],
		ids,
		statuses,
		untilDone,
		logFile,
		simulator,
	};
}
