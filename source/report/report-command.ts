// `cutwatch report FILE.jsonl [--format md|html] [--out FILE]`: a post-cutover report from a --log file.
// Its own small argument parser (the monitor's flags mean nothing here); bad input is one line and exit 2.
import {writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import {parseArgs} from 'node:util';
import type {Io} from '../outputs/io.js';
import {htmlReport} from './html.js';
import {markdownReport} from './markdown.js';
import {linesOfFile} from './read-log.js';
import {buildReport} from './report-model.js';
import {isForeignFile} from '../journal/foreign-file.js';

// The documented exit codes (README): 0 success, 2 bad usage or unreadable input.
const ok = 0;
const usage = 2;

export const reportUsage = 'usage: cutwatch report FILE.jsonl [--format md|html] [--out FILE]';

export const reportOptions = {format: {type: 'string'}, out: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

function fail(io: Io, message: string): number {
	io.stderr.write(`cutwatch report: ${message}\n`);
	return usage;
}

export function reportCommand(args: readonly string[], io: Io): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...args],
			allowPositionals: true,
			options: reportOptions,
		});
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : 'bad arguments';
		return fail(
			io,
			`${message.replace(/^Unknown option '([^']*)'.*$/, 'unknown option $1').replace(/^Option '(--\w+)[^']*' argument missing$/, '$1 needs a value')} (${reportUsage})`,
		);
	}
	const {values, positionals} = parsed;
	if (values.help) {
		io.stdout.write(`${reportUsage}\n`);
		return ok;
	}
	if (positionals.length !== 1) return fail(io, positionals.length === 0 ? `which log? ${reportUsage}` : `one log file at a time (${reportUsage})`);
	const file = positionals[0]!;
	const format = values.format ?? (values.out?.toLowerCase().endsWith('.html') ? 'html' : 'md');
	if (format !== 'md' && format !== 'html') return fail(io, `--format must be md or html, got "${format}"`);

	if (isForeignFile(file)) return fail(io, `${file} is not a cutwatch journal (its first line is not one): give the file written by --log`);
	let model;
	try {
		model = buildReport(basename(file), linesOfFile(file));
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
		return fail(io, `cannot read ${file} (${code}): give the file written by --log`);
	}
	const output = format === 'html' ? htmlReport(model) : markdownReport(model);
	if (values.out === undefined) {
		io.stdout.write(output);
		return ok;
	}
	try {
		// Owner-only like the log itself: it names the account's tasks and buckets.
		writeFileSync(values.out, output, {mode: 0o600});
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? String(error.code) : 'cannot write';
		return fail(io, `cannot write ${values.out} (${code}): pick a writable path`);
	}
	const notes = model.notes.length > 0 ? ` (${model.notes.length} note${model.notes.length === 1 ? '' : 's'} about the log inside)` : '';
	io.stderr.write(`cutwatch report: wrote ${values.out}: ${model.tasks.length} tasks${notes}\n`);
	return ok;
}
