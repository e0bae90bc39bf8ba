// --log FILE: every task event appended as one JSON line, in every mode. Each line is written with a
// synchronous append the moment the event lands in the store, so a crash, a kill -9 or a dropped SSH link
// loses nothing already seen. The file is created owner-only: it names the account's tasks and buckets.
import {closeSync, openSync, writeSync} from 'node:fs';
import {UsageError} from '../cli/usage-error.js';
import {eventsSince, type CutwatchStore, type TaskEvent} from '../store/index.js';
import {terminalSafeJson} from '../text/sanitize.js';

export type EventLogFile = {close(): void};

/** The documented line shape (cutwatch.event/v1). Fields are only ever added. */
export function eventRecord(event: TaskEvent) {
	return {
		time: new Date(event.at).toISOString(),
		type: event.type,
		account: event.account ?? null,
		region: event.region,
		kind: event.kind,
		id: event.taskId,
		name: event.name,
		from: event.from ? {status: event.from.status, category: event.from.category} : null,
		to: event.to ? {status: event.to.status, category: event.to.category} : null,
		message: event.message ?? event.to?.message ?? null,
		initial: event.initial === true,
	};
}

export function openEventLogFile(path: string, store: CutwatchStore): EventLogFile {
	let fd: number;
	try {
		fd = openSync(path, 'a', 0o600);
	} catch (error) {
		const reason = error instanceof Error && 'code' in error ? String(error.code) : 'cannot open';
		throw new UsageError(`--log ${path}: cannot open for appending (${reason}); pick a writable path`);
	}
	let lastSeq = store.getState().nextSeq - 1;
	const append = () => {
		const fresh = eventsSince(store.getState().events, lastSeq);
		if (fresh.length === 0) return;
		lastSeq = fresh.at(-1)!.seq;
		writeSync(fd, fresh.map((event) => terminalSafeJson(eventRecord(event)) + '\n').join(''));
	};
	const unsubscribe = store.subscribe(append);
	return {
		close() {
			unsubscribe();
			append();
			closeSync(fd);
		},
	};
}
