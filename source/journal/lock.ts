// One writer per journal: FILE.lock, created exclusively, holds the writer's pid. A lock left by a process
// that no longer exists (kill -9), or written before the machine last booted (its pid may be anyone's now), is
// taken over; a live one is refused, naming its pid.
import {openSync, closeSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {uptime} from 'node:os';

export class JournalLockedError extends Error {
	constructor(
		readonly path: string,
		readonly pid: number,
	) {
		super(`--log ${path} is in use by another cutwatch (pid ${pid}); stop it, or pass --log a different file`);
	}
}

export type JournalLock = {release(): void};

/** Whether the lock file was written before this boot: pids start again at boot, so its pid proves nothing. */
function fromBeforeBoot(lockPath: string): boolean {
	try {
		// A minute's slack for clocks and uptime's rounding: a lock taken just after boot is not mistaken for stale.
		return statSync(lockPath).mtimeMs < Date.now() - uptime() * 1000 - 60_000;
	} catch {
		return false;
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else — still alive.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function lockJournal(path: string): JournalLock {
	const lockPath = `${path}.lock`;
	try {
		// A device or a FIFO (--log /dev/full, a pipe to a collector) is no journal to guard, and /dev is no
		// place for lock files.
		if (!statSync(path).isFile()) return {release() {}};
	} catch {
		// Does not exist yet: a new journal.
	}
	for (let attempt = 0; attempt < 2; attempt++) {
		let fd: number;
		try {
			fd = openSync(lockPath, 'wx', 0o600);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// The directory is not writable (or missing): the journal itself will report that, with its reason.
			if (code !== 'EEXIST') return {release() {}};
			let pid = Number.NaN;
			try {
				pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
			} catch {
				// Vanished between open and read: try again.
			}
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) && !fromBeforeBoot(lockPath)) throw new JournalLockedError(path, pid);
			try {
				unlinkSync(lockPath);
			} catch {
				// Another starter took it over first; the next attempt tells.
			}
			continue;
		}
		writeSync(fd, `${process.pid}\n`);
		closeSync(fd);
		return {
			release() {
				try {
					if (Number.parseInt(readFileSync(lockPath, 'utf8'), 10) === process.pid) unlinkSync(lockPath);
				} catch {
					// Already gone.
				}
			},
		};
	}
	// Two takeovers raced and the other won: it is the writer now.
	let pid = 0;
	try {
		pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
	} catch {
		// Unknown.
	}
	throw new JournalLockedError(path, pid);
}
