// `cutwatch report` as a process: Markdown on stdout by default, and bad input as one line with exit 2.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli} from '../helpers/run-cli.js';
import {writeCutoverLog} from './log-fixture.js';

test('prints the Markdown report on stdout', async () => {
	const {path} = writeCutoverLog();
	const result = await runCli(['report', path]);
	assert.equal(result.code, 0, result.stderr);
	assert.match(result.stdout, /^# cutwatch report: cutover\.jsonl\n/);
	assert.match(result.stdout, /## Tasks \(failures first\)\n\n.*\n.*\n\| AMI store \| ami/);
	assert.equal(result.stderr, '');
});

test('a file that is not a cutwatch journal: one line, exit 2, not an empty report', async () => {
	const result = await runCli(['report', '/etc/passwd']);
	assert.equal(result.code, 2, result.stdout);
	assert.equal(result.stdout, '');
	assert.equal(result.stderr, 'cutwatch report: /etc/passwd is not a cutwatch journal (its first line is not one): give the file written by --log\n');
});

for (const [args, message] of [
	[['report'], /^cutwatch report: which log\? usage: cutwatch report FILE\.jsonl/],
	[['report', '/nonexistent/x.jsonl'], /^cutwatch report: cannot read \/nonexistent\/x\.jsonl \(ENOENT\)/],
	[['report', 'a.jsonl', '--format'], /^cutwatch report: --format needs a value \(usage: cutwatch report FILE\.jsonl [^)]*\)$/m],
	[['report', 'a.jsonl', '--format', 'pdf'], /^cutwatch report: --format must be md or html, got "pdf"/],
	// The whole line: none of node:util's advice about positionals starting with '-' leaks through.
	[['report', 'a.jsonl', '--colour'], /^cutwatch report: unknown option --colour \(usage: cutwatch report FILE\.jsonl [^)]*\)$/m],
] as const) {
	test(`bad input: cutwatch ${args.join(' ')}`, async () => {
		const result = await runCli([...args]);
		assert.equal(result.code, 2);
		assert.match(result.stderr, message);
		assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
	});
}
