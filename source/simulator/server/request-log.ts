// Every AWS request the simulator answered: a bounded in-memory ring for tests and the control endpoint, counters
// per action, and optionally a JSON-lines file written as requests happen.
import {closeSync, openSync, writeSync} from 'node:fs';
import {operationNames} from '../faults/table.js';
import type {RequestSummary} from '../protocol/handler-context.js';

export type RecordedRequest = RequestSummary & {
	/** 1, 2, 3… over the simulator's life (keeps counting when the ring drops old entries). */
	seq: number;
	/** Wall-clock time (the simulator's clock) the request arrived, ISO-8601. */
	time: string;
	/** Simulated ms since start when it arrived. */
	simulatedMs: number;
	/** The region and access key id of the SigV4 credential scope (absent when the request was not signed). */
	region?: string | undefined;
	accessKeyId?: string | undefined;
	/** HTTP status returned; null for a request that was left hanging or whose connection was reset. */
	status: number | null;
	requestId: string;
};

/** Keys of counts(): the four operations by name; everything else is counted as "other". */
const counted = new Set<string>(operationNames);
/** A hostile client must not turn the ring into gigabytes. */
const maxParamsChars = 16_384;

export class RequestLog {
	private readonly ring: RecordedRequest[] = [];
	private start = 0;
	private seq = 0;
	private readonly tally: Record<string, number> = {};
	private fd: number | undefined;

	constructor(
		private readonly capacity = 10_000,
		file?: string,
	) {
		if (capacity < 1) throw new Error('the request log capacity must be at least 1');
		if (file !== undefined) this.fd = openSync(file, 'a');
	}

	record(entry: Omit<RecordedRequest, 'seq'>): RecordedRequest {
		let recorded: RecordedRequest = {seq: ++this.seq, ...entry};
		let line = JSON.stringify(recorded);
		if (line.length > maxParamsChars * 2) {
			recorded = {...recorded, params: {omitted: `${JSON.stringify(entry.params)?.length ?? 0} characters`}};
			line = JSON.stringify(recorded);
		}
		if (this.ring.length < this.capacity) this.ring.push(recorded);
		else {
			this.ring[this.start] = recorded;
			this.start = (this.start + 1) % this.capacity;
		}
		const key = counted.has(entry.action) ? entry.action : 'other';
		this.tally[key] = (this.tally[key] ?? 0) + 1;
		if (this.fd !== undefined) {
			try {
				// Synchronous so the line is on disk before the client sees the answer.
				writeSync(this.fd, `${line}\n`);
			} catch {
				this.closeFile(); // a full disk must not take the simulator down; the ring keeps working
			}
		}
		return recorded;
	}

	/** Oldest first, at most `capacity` entries. */
	entries(): readonly RecordedRequest[] {
		return [...this.ring.slice(this.start), ...this.ring.slice(0, this.start)];
	}

	counts(): Record<string, number> {
		return {...this.tally};
	}

	closeFile(): void {
		if (this.fd === undefined) return;
		const fd = this.fd;
		this.fd = undefined;
		try {
			closeSync(fd);
		} catch {
			// already closed
		}
	}
}
