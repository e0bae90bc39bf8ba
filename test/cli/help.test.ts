// --help is generated from the flag table: every flag in it is in the help, the help names no other flag, and
// README's "Every flag" table covers the same set. Through the built CLI, as a user reads it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {flagTable, typedName, type FlagSpec} from '../../source/cli/flags.js';
import {exitCodes} from '../../source/config/usage-error.js';
import {reportOptions} from '../../source/report/report-command.js';
import {runCli} from '../helpers/run-cli.js';

const table = Object.entries(flagTable as Record<string, FlagSpec>);
const typed = new Set(table.map(([name, spec]) => typedName(name, spec)));
const shortFlags = new Set(table.flatMap(([, spec]) => (spec.shortFlag === undefined ? [] : [`-${spec.shortFlag}`])));

/** Every `--flag` (and `-x`) a text names. */
function namedFlags(text: string): string[] {
	return [...text.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((match) => match[1]!);
}

const help = runCli(['--help']).then((result) => {
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stderr, '');
	return result.stdout;
});

test('every flag in the table is in --help, under its section', async () => {
	const text = await help;
	for (const [name, spec] of table) {
		const section = text.indexOf(`\n  ${spec.section}\n`);
		assert.ok(section >= 0, `section ${spec.section}`);
		const end = text.indexOf('\n\n', section + 1);
		const lines = text.slice(section, end === -1 ? undefined : end);
		const pattern = new RegExp(
			`^    (?:-\\w, )?${typedName(name, spec)}${spec.value === undefined ? '' : ` ${spec.value.replace(/[[\]]/g, '\\$&')}`} +\\S`,
			'm',
		);
		assert.match(lines, pattern, `${typedName(name, spec)} in ${spec.section}`);
	}
});

test('--help names no flag that is not in the table (the report command names only its own)', async () => {
	const text = await help;
	const report = new Set(Object.keys(reportOptions).map((name) => `--${name}`));
	for (const line of text.split('\n')) {
		for (const flag of namedFlags(line)) {
			if (line.includes('$ cutwatch report') && report.has(flag)) continue;
			assert.ok(typed.has(flag) || shortFlags.has(flag), `--help names ${flag}, which is not in the flag table: ${line.trim()}`);
		}
	}
});

test('--help lists every exit code and keeps its examples', async () => {
	const text = await help;
	const codes = text.slice(text.indexOf('\n  Exit codes\n'), text.indexOf('\n  Examples\n'));
	for (const code of Object.values(exitCodes)) assert.match(codes, new RegExp(`(?:^|   |\\n    )${code} [A-Za-z]`), `exit code ${code}`);
	assert.match(text, /\n {2}Examples\n(?: {4}\$ cutwatch .+\n){5,}/);
});

test('--help among other flags prints the help and runs nothing', async () => {
	const result = await runCli(['--demo', '--once', '--help']);
	assert.equal(result.code, 0, result.stderr);
	assert.equal(result.stdout, await help);
});

test("README's flag table names every flag in the table, and no other", async () => {
	const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
	const section = /\n### Every flag\n([\s\S]*?)\n### /.exec(readme);
	assert.ok(section, 'README has an "Every flag" section');
	const rows = section[1]!.split('\n').filter((line) => line.startsWith('| `-'));
	const named = new Set(rows.flatMap((row) => namedFlags(row.split(' | ')[0]!)));
	for (const flag of typed) assert.ok(named.has(flag), `README's flag table lacks ${flag}`);
	for (const flag of named) assert.ok(typed.has(flag) || shortFlags.has(flag), `README's flag table names ${flag}, which cutwatch does not have`);
});
