// The journal under faults: a disk that fills (and empties), a second writer, a stale lock.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync, existsSync, writeSync, openSync, utimesSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {tmpdir, uptime} from 'node:os';
import {join} from 'node:path';
import {createAppender} from '../../source/journal/appender.js';
import {JournalLockedError, lockJournal} from '../../source/journal/lock.js';

const temp = () => join(mkdtempSync(join(tmpdir(), 'cutwatch-journal-')), 'cutover.jsonl');
const enospc = () => Object.assign(new Error('no space left on device'), {code: 'ENOSPC'});

test('a full disk: lines wait in a bounded backlog, the status says how many events, and all go out in order once it can write', () => {
	const path = temp();
	let full = true;
	const statuses: Array<{problem?: string | undefined; unwritten: number}> = [];
	const fd = openSync(path, 'a');
	const appender = createAppender(path, fd, undefined, {
		backlogLimit: 3,
		write: (target, buffer) => {
			if (full) throw enospc();
			return writeSync(target, buffer);
		},
		onStatus: (status) => statuses.push(status),
	});
	for (let i = 1; i <= 5; i++) appender.append([`{"n":${i}}\n`], () => true);
	assert.equal(appender.status().problem, 'disk full');
	assert.equal(appender.status().unwritten, 5, 'three waiting, two dropped past the bound: five events not written');
	assert.equal(readFileSync(path, 'utf8'), '');
	full = false;
	appender.retry();
	assert.equal(appender.status().problem, undefined);
	assert.equal(readFileSync(path, 'utf8'), '{"n":3}\n{"n":4}\n{"n":5}\n', 'the newest lines, whole and in order');
	assert.deepEqual(statuses.at(-1), {problem: undefined, unwritten: 0, dropped: 2});
	appender.close();
});

test('a short write (the disk filled mid-line) is finished later: no torn line of our own', () => {
	const path = temp();
	let budget = 10;
	const fd = openSync(path, 'a');
	const appender = createAppender(path, fd, undefined, {
		write: (target, buffer) => {
			if (budget <= 0) throw enospc();
			const part = buffer.subarray(0, Math.min(budget, buffer.length));
			budget -= part.length;
			return writeSync(target, part);
		},
	});
	appender.append(['{"line":"one"}\n', '{"line":"two"}\n'], () => true);
	assert.equal(appender.status().problem, 'disk full');
	budget = Infinity;
	appender.retry();
	assert.equal(readFileSync(path, 'utf8'), '{"line":"one"}\n{"line":"two"}\n');
	appender.close();
});

test('a journal that cannot be opened yet is retried, and what waited is written once it opens', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-journal-'));
	const path = join(dir, 'later', 'cutover.jsonl');
	let now = 0;
	const appender = createAppender(path, undefined, 'cannot open: directory missing (ENOENT)', {now: () => now, reopenMs: 1000});
	appender.append(['{"n":1}\n'], () => true);
	assert.equal(appender.status().unwritten, 1);
	spawnSync('mkdir', [join(dir, 'later')]);
	now = 999;
	appender.retry();
	assert.equal(existsSync(path), false, 'reopened at most once a second');
	now = 1000;
	appender.retry();
	assert.equal(readFileSync(path, 'utf8'), '{"n":1}\n');
	appender.close();
});

test('a lock written before the machine last booted is stale even if its pid is alive again (pids restart at boot)', () => {
	const path = temp();
	// A live pid that is not the writer: after a reboot the old writer's pid can belong to anything.
	writeFileSync(`${path}.lock`, `${process.ppid}\n`);
	const beforeBoot = (Date.now() - uptime() * 1000 - 600_000) / 1000;
	utimesSync(`${path}.lock`, beforeBoot, beforeBoot);
	const taken = lockJournal(path);
	assert.equal(readFileSync(`${path}.lock`, 'utf8').trim(), String(process.pid));
	taken.release();
});

test("two writers on one journal: the second is refused naming the first pid; a dead pid's lock is taken over", () => {
	const path = temp();
	// Another live process holds it (our parent stands in for the first cutwatch).
	writeFileSync(`${path}.lock`, `${process.ppid}\n`);
	assert.throws(
		() => lockJournal(path),
		(error: unknown) => error instanceof JournalLockedError && error.message.includes(`pid ${process.ppid}`),
	);
	// A process that has exited: its pid is free (pids are not reused this quickly).
	const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
	writeFileSync(`${path}.lock`, `${dead}\n`);
	const taken = lockJournal(path);
	assert.equal(readFileSync(`${path}.lock`, 'utf8').trim(), String(process.pid));
	taken.release();
	assert.equal(existsSync(`${path}.lock`), false);
});
