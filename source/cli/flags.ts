// The flag table: what meow parses and what --help says, in one place, so a flag cannot exist without its help
// (help.ts generates the text from it) nor help without a flag. Everything is parsed as text and validated in
// config.ts, so each bad value gets one precise line instead of meow's generic multi-line reports.
import type {AnyFlag} from 'meow';
import {kebab} from './flag-values.js';

/** The --help sections, in the order they are printed. */
export const helpSections = ['Modes', 'AWS', 'Screen', 'Selection', 'Simulator (--demo and simulate)', 'Other'] as const;
export type HelpSection = (typeof helpSections)[number];

export type FlagSpec = {
	readonly type: 'boolean' | 'string';
	readonly isMultiple?: boolean;
	/** Only `true` is used: such a flag is shown (and typed) as --no-<flag>. */
	readonly default?: true;
	readonly shortFlag?: string;
	readonly section: HelpSection;
	/** The value's name in help (FILE, R[,R2]); a string flag must have one, a boolean none. */
	readonly value?: string;
	/** What it does, defaults included: one paragraph, wrapped to the help's width. */
	readonly help: string;
};

// Help lists the flags in this order within each section.
export const flagTable = {
	demo: {type: 'boolean', section: 'Modes', help: 'Watch a simulated cutover (no AWS account or configuration needed)'},
	once: {type: 'boolean', section: 'Modes', help: 'Print every selected task once, then exit (--json for machines)'},
	json: {type: 'boolean', section: 'Modes', help: 'With --once: one JSON document on stdout'},
	watch: {type: 'boolean', section: 'Modes', help: 'One line per task event, until interrupted (default when stdout is not a terminal)'},
	untilDone: {type: 'boolean', section: 'Modes', help: 'Keep polling until no selected task is active; exit 0 if none failed, 1 if any did'},
	quiet: {type: 'boolean', section: 'Modes', help: 'With --until-done: print only the final summary'},
	check: {type: 'boolean', section: 'Modes', help: 'Check the IAM permissions for every selected operation and region, then exit'},
	log: {
		type: 'string',
		section: 'Modes',
		value: 'FILE',
		help: 'Journal: every task event appended to FILE as a JSON line (owner-only); a restart with the same FILE resumes from it (events, ETAs, the --until-done step)',
	},

	profile: {type: 'string', isMultiple: true, section: 'AWS', value: 'P[,P2]', help: 'AWS profile(s); several accounts are watched side by side'},
	region: {type: 'string', isMultiple: true, section: 'AWS', value: 'R[,R2]', help: "Region(s); default: AWS_REGION or the profile's region"},
	discoveryRegion: {
		type: 'string',
		section: 'AWS',
		value: 'R',
		help: 'Region for Discovery imports (your Migration Hub home region); default: the first region',
	},
	endpointUrl: {type: 'string', section: 'AWS', value: 'URL', help: 'Send every request to this endpoint (e.g. a running `cutwatch simulate`)'},
	interval: {type: 'string', section: 'AWS', value: 'SECONDS', help: 'Poll interval, 5-3600 (default 15 while tasks are active, 60 when idle)'},
	stallAfter: {
		type: 'string',
		section: 'AWS',
		value: 'DURATION',
		help: "No progress for this long is a stall (default 3 × the task's own pace, at least 5m)",
	},
	deadline: {
		type: 'string',
		section: 'AWS',
		value: 'TIME',
		help: 'When the cutover must be done: 04:30 (local), 04:30Z (UTC) or +2h; the header projects the ETAs against it; with --until-done, exit 4 once it passes',
	},
	fullInterval: {
		type: 'string',
		section: 'AWS',
		value: 'SECONDS',
		help: 'How often a long history is listed in full, 5-3600 (default 300); in between only running tasks are asked for',
	},

	color: {type: 'boolean', default: true, section: 'Screen', help: 'No colour (also when NO_COLOR is set); state is still spelled out'},
	ascii: {type: 'boolean', section: 'Screen', help: 'Plain ASCII gauges and borders (automatic when the locale is not UTF-8)'},
	theme: {
		type: 'string',
		section: 'Screen',
		value: 'THEME',
		help: "Colours for the terminal's background: dark, light or auto (default: ask the terminal, through tmux too; then COLORFGBG; else dark)",
	},
	bell: {type: 'string', section: 'Screen', value: 'MODE', help: 'Terminal bell on: failed (default), all (failed and completed), none'},
	title: {type: 'boolean', default: true, section: 'Screen', help: 'Do not set the terminal/tmux window title'},
	notify: {type: 'string', section: 'Screen', value: 'MODE', help: 'Desktop notifications (OSC 9/777/99, through tmux): failed, all, none (default)'},
	clipboard: {type: 'boolean', default: true, section: 'Screen', help: 'y, Y and m copy nothing (they copy through OSC 52 otherwise)'},

	sources: {
		type: 'string',
		isMultiple: true,
		section: 'Selection',
		value: 'LIST',
		help: 'import,export,store,discovery (default: all four; with ids, only their panes)',
	},
	importTaskId: {type: 'string', isMultiple: true, section: 'Selection', value: 'ID', help: 'Only these snapshot import tasks (repeatable)'},
	exportTaskId: {type: 'string', isMultiple: true, section: 'Selection', value: 'ID', help: 'Only these image export tasks (repeatable)'},
	imageId: {type: 'string', isMultiple: true, section: 'Selection', value: 'AMI', help: 'Only the store tasks of these AMIs (repeatable)'},
	discoveryTaskId: {type: 'string', isMultiple: true, section: 'Selection', value: 'ID', help: 'Only these Discovery import tasks (repeatable)'},
	status: {
		type: 'string',
		isMultiple: true,
		section: 'Selection',
		value: 'S[,S2]',
		help: 'Only tasks that are active, failed, completed or cancelled',
	},

	speed: {type: 'string', section: 'Simulator (--demo and simulate)', value: 'X', help: 'Time compression (default 1: the cutover takes about ten minutes)'},
	seed: {type: 'string', section: 'Simulator (--demo and simulate)', value: 'S', help: 'Scenario seed (same seed, same cutover)'},
	scenario: {type: 'string', section: 'Simulator (--demo and simulate)', value: 'FILE', help: 'Play a cutover described in a JSON file'},
	port: {type: 'string', section: 'Simulator (--demo and simulate)', value: 'N', help: 'simulate: port to listen on (default: any free port)'},
	requestLog: {type: 'string', section: 'Simulator (--demo and simulate)', value: 'FILE', help: 'simulate: append every request as a JSON line'},
	fault: {
		type: 'string',
		isMultiple: true,
		section: 'Simulator (--demo and simulate)',
		value: 'SPEC',
		help: 'simulate: inject a fault, e.g. store=throttle:0.5, discovery=home-region',
	},

	help: {type: 'boolean', shortFlag: 'h', section: 'Other', help: 'Print this help'},
	version: {type: 'boolean', section: 'Other', help: 'Print the version'},
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof flagTable;

/** The flag as it is typed: `untilDone` is --until-done, a flag on by default --no-color. */
export function typedName(name: string, spec: FlagSpec): string {
	return spec.default === true ? `--no-${kebab(name)}` : `--${kebab(name)}`;
}

/** What meow needs of one flag: its parsing options, not the help. */
function meowFlag(spec: FlagSpec): AnyFlag {
	const short = spec.shortFlag === undefined ? {} : {shortFlag: spec.shortFlag};
	if (spec.type === 'boolean') return {type: 'boolean', ...short, ...(spec.default === undefined ? {} : {default: spec.default})};
	return {type: 'string', ...short, ...(spec.isMultiple === true ? {isMultiple: true} : {})};
}

export const flags: Record<string, AnyFlag> = Object.fromEntries(
	Object.entries(flagTable as Record<string, FlagSpec>).map(([name, spec]) => [name, meowFlag(spec)]),
);

export const knownFlagNames: ReadonlySet<string> = new Set([
	...Object.keys(flagTable),
	...Object.values(flagTable as Record<string, FlagSpec>).flatMap((spec) => (spec.shortFlag === undefined ? [] : [spec.shortFlag])),
]);
