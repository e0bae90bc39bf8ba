// Reads a journal back, streaming: a file far larger than memory is folded line by line into a bounded
// replay state (see replay-state.ts). A line torn by a crash mid-write is skipped and counted, never fatal.
import {createReadStream, statSync} from 'node:fs';
import type {StoreConfig} from '../store/index.js';
import {createReplayState, type ReplayState} from './replay-state.js';
import type {JournalRecord} from './schema.js';

export type Replay = {
	state: ReplayState;
	/** Lines that were not whole JSON records (a crash mid-write), and the first one's number. */
	torn: number;
	firstTornLine: number | undefined;
	bytes: number;
	ms: number;
};

const newline = 0x0a;
const maxLineBytes = 16 * 2 ** 20;

function parse(text: string): JournalRecord | undefined {
	try {
		const value = JSON.parse(text) as unknown;
		if (typeof value !== 'object' || value === null || typeof (value as {time?: unknown}).time !== 'string') return undefined;
		return value as JournalRecord;
	} catch {
		return undefined;
	}
}

/** Only a regular file is a journal to read back (`--log /dev/full` or a FIFO has nothing to replay). */
export function isReplayable(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

export async function replayJournal(
	path: string,
	config: Pick<StoreConfig, 'eventLimit' | 'historyLimit' | 'goneRetentionMs'>,
	clock: () => number = performance.now.bind(performance),
): Promise<Replay> {
	const started = clock();
	const state = createReplayState(config);
	let torn = 0;
	let firstTornLine: number | undefined;
	let lineNumber = 0;
	let bytes = 0;
	const line = (text: string) => {
		lineNumber++;
		if (text.trim() === '') return;
		const record = parse(text);
		if (record) state.add(record);
		else {
			torn++;
			firstTornLine ??= lineNumber;
		}
	};
	let rest: Buffer | undefined;
	let skipping = false;
	for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
		bytes += chunk.length;
		const buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
		let start = 0;
		for (let end = buffer.indexOf(newline, start); end !== -1; end = buffer.indexOf(newline, start)) {
			if (skipping) skipping = false;
			else line(buffer.toString('utf8', start, end));
			start = end + 1;
		}
		rest = start < buffer.length ? buffer.subarray(start) : undefined;
		// No record is this long: garbage (a file that is not a journal, a disk error). Count it once and
		// drop it up to its newline, so memory stays bounded whatever the file holds.
		if (rest && rest.length > maxLineBytes) {
			if (!skipping) line('\u0000');
			skipping = true;
			rest = undefined;
		}
	}
	if (rest && !skipping) line(rest.toString('utf8'));
	return {state, torn, firstTornLine, bytes, ms: clock() - started};
}
