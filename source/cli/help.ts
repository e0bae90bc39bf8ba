// `cutwatch --help`, generated from the flag table (flags.ts) and the exit codes, so neither can drift from it.
// Only the commands and the examples are written here.
import {exitCodes} from '../config/usage-error.js';
import {reportUsage} from '../report/report-command.js';
import {wrapText} from '../tui/layout/column-text.js';
import {flagTable, helpSections, typedName, type FlagSpec} from './flags.js';

// The flag column, and the width descriptions wrap to: the help fits a 120-column terminal (meow indents it by 2).
const flagColumn = 23;
const width = 116;

const usage = [
	['$ cutwatch [options]', 'live monitor (line mode when stdout is not a terminal)'],
	['$ cutwatch simulate [options]', 'run the AWS simulator in the foreground'],
	[`$ ${reportUsage.replace(/^usage: /, '')}`, 'a post-cutover report from a --log file'],
] as const;

// A Record over every exit code: a new code cannot be left out of --help.
const exitCodeHelp: Record<keyof typeof exitCodes, string> = {
	ok: 'success',
	taskFailed: 'a task failed (--until-done)',
	usage: 'bad usage',
	awsConfig: 'AWS access or configuration error (or an unknown id)',
	deadlinePassed: 'the deadline passed (--until-done --deadline)',
	internal: 'internal error',
	ioError: 'output could not be written',
};

const examples = [
	'cutwatch --demo',
	'cutwatch --demo --once --json',
	'cutwatch --profile migration --region us-east-1,eu-west-1',
	'cutwatch --watch --region us-east-1 --sources import,export',
	'cutwatch --until-done --import-task-id import-snap-0123456789abcdef0 --log cutover.jsonl',
	'cutwatch --check --profile migration --region eu-west-1',
	'cutwatch simulate --port 4566 --speed 10',
];

/** `label` in the flag column, `text` wrapped beside it; a label too wide for the column puts the text below. */
function entry(label: string, text: string, column = flagColumn): string[] {
	const lines = wrapText(text, width - column - 3);
	const indent = ' '.repeat(column + 3);
	const first = label.length < column + 1 ? `  ${label.padEnd(column)} ${lines[0]}` : `  ${label}\n${indent}${lines[0]}`;
	return [first, ...lines.slice(1).map((line) => indent + line)];
}

function flagLabel(name: string, spec: FlagSpec): string {
	const typed = typedName(name, spec);
	const long = spec.value === undefined ? typed : `${typed} ${spec.value}`;
	return spec.shortFlag === undefined ? long : `-${spec.shortFlag}, ${long}`;
}

function exitCodeLines(): string[] {
	const items = Object.entries(exitCodeHelp).map(([key, text]) => `${exitCodes[key as keyof typeof exitCodes]} ${text}`);
	const lines: string[] = [];
	for (const item of items) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 3 + item.length <= width - 2) lines[lines.length - 1] = `${last}   ${item}`;
		else lines.push(item);
	}
	return lines.map((line) => `  ${line}`);
}

export function helpText(): string {
	const sections: string[][] = [['Usage', ...usage.flatMap(([command, text]) => entry(command, text, 31))]];
	for (const section of helpSections) {
		const entries = Object.entries(flagTable as Record<string, FlagSpec>).filter(([, spec]) => spec.section === section);
		sections.push([section, ...entries.flatMap(([name, spec]) => entry(flagLabel(name, spec), spec.help))]);
	}
	sections.push(['Exit codes', ...exitCodeLines()]);
	sections.push(['Examples', ...examples.map((example) => `  $ ${example}`)]);
	return `\n${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
