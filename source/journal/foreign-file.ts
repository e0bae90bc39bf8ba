// Whether an existing file is someone else's: `--log notes.txt` must never append JSON lines to a file that is
// not a cutwatch journal. Read only its first line: every journal starts with a whole record (run-start, or a
// v1 event line). An empty file is a new journal; a file that is one unfinished line starting with `{"` is a
// journal whose very first write a crash tore.
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';

const headBytes = 64 * 1024;

export class JournalForeignError extends Error {
	constructor(readonly path: string) {
		super(`--log ${path} is not a cutwatch journal (its first line is not one): pick another file, or an empty or new one`);
		this.name = 'JournalForeignError';
	}
}

function firstLine(path: string): {line: string; whole: boolean} | undefined {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		// Missing or unreadable: opening it for appending says what is wrong.
		return undefined;
	}
	try {
		// A device (/dev/full, /dev/null) or a pipe is not a file anyone keeps notes in.
		if (!fstatSync(fd).isFile()) return undefined;
		const buffer = Buffer.alloc(headBytes);
		const read = readSync(fd, buffer, 0, headBytes, 0);
		const text = buffer.subarray(0, read).toString('utf8');
		const end = text.indexOf('\n');
		return end === -1 ? {line: text, whole: read === headBytes} : {line: text.slice(0, end), whole: true};
	} catch {
		// A directory: opening it for appending says what is wrong.
		return undefined;
	} finally {
		closeSync(fd);
	}
}

function isJournalRecord(line: string): boolean {
	try {
		const value: unknown = JSON.parse(line);
		if (typeof value !== 'object' || value === null) return false;
		const record = value as Record<string, unknown>;
		return typeof record['rec'] === 'string' || (typeof record['type'] === 'string' && typeof record['kind'] === 'string');
	} catch {
		return false;
	}
}

/** True when `path` holds something that is not a cutwatch journal. */
export function isForeignFile(path: string): boolean {
	const head = firstLine(path);
	if (!head || head.line.trim() === '') return false;
	if (!head.whole) return !head.line.startsWith('{"');
	return !isJournalRecord(head.line);
}
