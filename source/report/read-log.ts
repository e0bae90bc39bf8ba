// Reads a --log file for the report, tolerating what a night does to a file: a last line cut by a crash,
// several runs appended one after another, garbage lines, and record types this version does not know
// (the journal adds run and progress records beside the v1 event lines; unknown ones are counted, not fatal).
import {closeSync, openSync, readSync} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';
import {categories, taskKinds, type Category, type TaskKind} from '../model/task.js';
import {taskEventTypes, type TaskEventType} from '../store/index.js';

/** One v1 event line (cutwatch.event/v1), as far as the report needs it. */
export type LogEvent = {
	readonly at: number;
	readonly type: TaskEventType;
	readonly kind: TaskKind;
	readonly account: string;
	readonly region: string;
	readonly id: string;
	readonly name: string;
	readonly to?: Category | undefined;
	readonly message?: string | undefined;
	readonly initial: boolean;
	/** 0-based run this line belongs to. */
	readonly run: number;
};

export type LogReading = {
	readonly lines: number;
	readonly events: number;
	/** Runs seen: explicit run records, or a task listed again as "already there" (a restart). */
	readonly runs: number;
	/** The file ended inside a line (a crash or a kill mid-write); that partial line is skipped. */
	readonly cutMidLine: boolean;
	/** Lines that are not JSON objects (besides a cut last line). */
	readonly malformed: number;
	/** Records of types this version does not read, by type (or by schema, when the schema is unknown). */
	readonly ignored: ReadonlyMap<string, number>;
	readonly first?: number | undefined;
	readonly last?: number | undefined;
};

const knownSchemas = new Set(['cutwatch.event/v1', 'cutwatch.log/v1', 'cutwatch.log/v2']);
const runStart = /^run[-_.:]?(start|begin|started)$/i;
/** cutwatch.log/v2 journal records that carry no task event: read by the resume, not by the report. */
const journalOnly = new Set(['sample', 'seen', 'step', 'run-end']);

type Json = Record<string, unknown>;

function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function timeOf(record: Json): number | undefined {
	const text = str(record['time']) ?? str(record['at']);
	if (text === undefined) return undefined;
	const at = Date.parse(text);
	return Number.isFinite(at) ? at : undefined;
}

function categoryOf(value: unknown): Category | undefined {
	const category = value !== null && typeof value === 'object' ? (value as Json)['category'] : undefined;
	return (categories as readonly unknown[]).includes(category) ? (category as Category) : undefined;
}

/** The event in a record, or undefined when it is not a (complete) v1 event line. */
function eventOf(record: Json, run: number): LogEvent | undefined {
	const type = record['type'];
	const kind = record['kind'];
	const id = str(record['id']);
	const at = timeOf(record);
	if (!(taskEventTypes as readonly unknown[]).includes(type) || !(taskKinds as readonly unknown[]).includes(kind)) return undefined;
	if (id === undefined || at === undefined) return undefined;
	return {
		at,
		type: type as TaskEventType,
		kind: kind as TaskKind,
		account: str(record['account']) ?? '',
		region: str(record['region']) ?? '',
		id,
		name: str(record['name']) ?? '',
		to: categoryOf(record['to']),
		message: str(record['message']),
		initial: record['initial'] === true,
		run,
	};
}

/** One line of the file; `complete` is false for a last line without its newline (cut mid-write). */
export type LogLine = {readonly text: string; readonly complete: boolean};

export function* linesOfText(text: string): Generator<LogLine> {
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		const complete = end !== -1;
		if (!complete) end = text.length;
		yield {text: text.slice(start, end), complete};
		start = end + 1;
	}
}

/** A file's lines, read a megabyte at a time: a log larger than memory (or than a string) still reads. */
export function* linesOfFile(path: string): Generator<LogLine> {
	const fd = openSync(path, 'r');
	try {
		const decoder = new StringDecoder('utf8');
		const chunk = Buffer.alloc(1 << 20);
		let rest = '';
		for (;;) {
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) break;
			const text = rest + decoder.write(chunk.subarray(0, read));
			const lines = text.split('\n');
			rest = lines.pop()!;
			for (const line of lines) yield {text: line, complete: true};
		}
		rest += decoder.end();
		if (rest !== '') yield {text: rest, complete: false};
	} finally {
		closeSync(fd);
	}
}

/** Reads the log's text line by line into `onEvent`; returns what it found about the file itself. */
export function readLog(text: string, onEvent: (event: LogEvent) => void): LogReading {
	return readLogLines(linesOfText(text), onEvent);
}

export function readLogLines(source: Iterable<LogLine>, onEvent: (event: LogEvent) => void): LogReading {
	const ignored = new Map<string, number>();
	const count = (name: string) => ignored.set(name, (ignored.get(name) ?? 0) + 1);
	let lines = 0;
	let events = 0;
	let malformed = 0;
	let cutMidLine = false;
	let run = 0;
	let runHasContent = false;
	let first: number | undefined;
	let last: number | undefined;
	// Tasks listed as already there in the current run: listing one again means cutwatch was restarted.
	let listed = new Set<string>();
	const newRun = () => {
		if (runHasContent) run++;
		runHasContent = false;
		listed = new Set();
	};

	for (const {text: raw, complete} of source) {
		const line = raw.trim();
		if (line === '') continue;
		lines++;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch {
			if (complete) malformed++;
			else cutMidLine = true;
			continue;
		}
		if (record === null || typeof record !== 'object' || Array.isArray(record)) {
			malformed++;
			continue;
		}
		const json = record as Json;
		const schema = json['schema'];
		if (schema !== undefined && !knownSchemas.has(String(schema))) {
			count(`schema ${String(schema).slice(0, 40)}`);
			continue;
		}
		const rec = json['rec'];
		if (rec === 'run-start') {
			newRun();
			continue;
		}
		if (typeof rec === 'string' && rec !== 'event') {
			if (!journalOnly.has(rec)) count(rec.slice(0, 40));
			continue;
		}
		if (typeof json['type'] === 'string' && runStart.test(json['type'])) {
			newRun();
			continue;
		}
		const event = eventOf(json, run);
		if (event === undefined) {
			count(typeof json['type'] === 'string' ? json['type'].slice(0, 40) : '(no type)');
			continue;
		}
		if (event.initial && event.type === 'appeared') {
			const key = `${event.kind}|${event.account}|${event.region}|${event.id}`;
			if (listed.has(key)) {
				newRun();
				onEventWithRun(event);
				listed.add(key);
				continue;
			}
			listed.add(key);
		}
		onEventWithRun(event);
	}
	return {lines, events, runs: runHasContent || run > 0 ? run + 1 : 0, cutMidLine, malformed, ignored, first, last};

	function onEventWithRun(event: LogEvent) {
		const stamped = event.run === run ? event : {...event, run};
		events++;
		runHasContent = true;
		first = first === undefined ? stamped.at : Math.min(first, stamped.at);
		last = last === undefined ? stamped.at : Math.max(last, stamped.at);
		onEvent(stamped);
	}
}
