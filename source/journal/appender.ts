// The journal's file end: whole lines, one append per batch, never a torn line of our own making. When the
// disk is full or the file becomes unwritable, lines wait in a bounded backlog (oldest dropped past the
// bound, and counted) and go out, in order, at the next append that succeeds.
import {closeSync, fstatSync, openSync, readSync, writeSync} from 'node:fs';

export type AppenderStatus = {
	/** What is wrong, in words an operator acts on ("disk full"); undefined while writing works. */
	problem?: string | undefined;
	/** Task events not yet written (waiting in the backlog, or dropped). */
	unwritten: number;
	/** Lines dropped because the backlog was full. */
	dropped: number;
};

/** One line; `partial` when its start is already on disk (a short write) and only its tail waits. */
type Pending = {text: string; event: boolean; partial?: boolean};

export type Appender = {
	/** Whole lines, each ending in a newline; `events` says how many of them are task events. */
	append(lines: readonly string[], isEvent: (index: number) => boolean): void;
	/** Tries the backlog again (also done by every append). */
	retry(): void;
	status(): AppenderStatus;
	close(): void;
};

export type AppenderOptions = {
	/** Most lines held while the journal cannot be written. Default 20,000. */
	backlogLimit?: number;
	/** Reopen attempts after the file could not be opened, at most this often. Default 5 s. */
	reopenMs?: number;
	now?: () => number;
	onStatus?: (status: AppenderStatus) => void;
	/** Tests: the write call, to make a disk fill and empty again on cue. */
	write?: (fd: number, buffer: Buffer) => number;
};

export function describeError(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
	switch (code) {
		case 'ENOSPC':
		case 'EDQUOT':
			return 'disk full';
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return `not writable (${code})`;
		case 'ENOENT':
			return 'directory missing (ENOENT)';
		default:
			return `write failed (${code})`;
	}
}

/** Opens for appending (owner-only); throws with the OS error if it cannot. */
export function openForAppend(path: string): number {
	return openSync(path, 'a', 0o600);
}

/** True when a non-empty regular file does not end in a newline: a crash tore its last line. */
function endsTorn(path: string, fd: number): boolean {
	const stats = fstatSync(fd);
	if (!stats.isFile() || stats.size === 0) return false;
	const last = Buffer.alloc(1);
	// The append descriptor is write-only; read through a second one. Failing that, don't know: no repair.
	try {
		const reader = openSync(path, 'r');
		try {
			readSync(reader, last, 0, 1, stats.size - 1);
		} finally {
			closeSync(reader);
		}
	} catch {
		return false;
	}
	return last[0] !== 0x0a;
}

export function createAppender(path: string, fd: number | undefined, initialProblem: string | undefined, options: AppenderOptions = {}): Appender {
	const limit = options.backlogLimit ?? 20_000;
	const reopenMs = options.reopenMs ?? 5_000;
	const now = options.now ?? Date.now;
	const write = options.write ?? ((target: number, buffer: Buffer) => writeSync(target, buffer));
	const backlog: Pending[] = [];
	let problem = initialProblem;
	let dropped = 0;
	let droppedEvents = 0;
	/** Event lines in the backlog (counted, not summed per call: the backlog can hold 20,000). */
	let waitingEvents = 0;
	let lastOpenAttempt = now();
	let lastReported = '';
	// The next line must start clean even if the previous process died mid-line.
	let repair = fd !== undefined && endsTorn(path, fd);

	const status = (): AppenderStatus => ({
		problem,
		unwritten: waitingEvents + droppedEvents,
		dropped,
	});
	const report = () => {
		const current = status();
		const key = `${current.problem}|${current.unwritten}|${current.dropped}`;
		if (key === lastReported) return;
		lastReported = key;
		options.onStatus?.(current);
	};

	function ensureOpen(): boolean {
		if (fd !== undefined) return true;
		if (now() - lastOpenAttempt < reopenMs) return false;
		lastOpenAttempt = now();
		try {
			fd = openForAppend(path);
			repair = endsTorn(path, fd);
			return true;
		} catch (error) {
			problem = describeError(error);
			return false;
		}
	}

	function flush() {
		if (backlog.length === 0 || !ensureOpen()) return;
		const buffer = Buffer.from((repair ? '\n' : '') + backlog.map((pending) => pending.text).join(''));
		let written = 0;
		try {
			written = write(fd!, buffer);
			if (written < buffer.length) throw Object.assign(new Error('short write'), {code: 'ENOSPC'});
			backlog.length = 0;
			waitingEvents = 0;
			repair = false;
			problem = undefined;
			droppedEvents = 0;
		} catch (error) {
			problem = describeError(error);
			if (written > 0) keepUnwritten(written);
		}
	}

	/** After a short write: drop the lines that reached the disk; the one cut in two keeps only its tail. */
	function keepUnwritten(written: number) {
		let left = written;
		if (repair) {
			repair = false;
			left--;
		}
		while (backlog.length > 0 && left > 0) {
			const head = backlog[0]!;
			const size = Buffer.byteLength(head.text);
			if (size <= left) {
				if (backlog.shift()!.event) waitingEvents--;
				left -= size;
			} else {
				backlog[0] = {...head, text: Buffer.from(head.text).subarray(left).toString(), partial: true};
				left = 0;
			}
		}
	}

	return {
		append(lines, isEvent) {
			lines.forEach((text, index) => {
				const event = isEvent(index);
				backlog.push({text, event});
				if (event) waitingEvents++;
			});
			// Past the bound the oldest whole lines go (never a half-written head: its start is on disk).
			while (backlog.length > limit) {
				const [gone] = backlog.splice(backlog[0]!.partial ? 1 : 0, 1);
				dropped++;
				if (gone!.event) {
					waitingEvents--;
					droppedEvents++;
				}
			}
			flush();
			report();
		},
		retry() {
			flush();
			report();
		},
		status,
		close() {
			flush();
			report();
			if (fd !== undefined) closeSync(fd);
			fd = undefined;
		},
	};
}
