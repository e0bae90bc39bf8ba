// replay_ms_per_100k_events: how long a restart spends reading the journal back. Writes a synthetic
// cutwatch.log/v2 file (8,000 tasks; per event line, half a sample line and a few "seen" marks, as a busy
// cutover journals) and replays it through the real streaming reader, several times.
//   node --expose-gc --import tsx bench/replay.ts [--events N] [--runs R] [--keep FILE]
// Prints one JSON line: {msPer100k: Stat, events, bytes, rssMb, heapMb}.
import {createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {replayJournal} from '../source/journal/replay.js';
import {defaultStoreConfig} from '../source/store/index.js';
import {summarize} from './stats.js';

const arg = (name: string, fallback: number) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const events = arg('--events', 200_000);
const runs = arg('--runs', 5);
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});

const tasks = 8_000;
const t0 = Date.UTC(2026, 10, 23, 0);
const types = ['status-changed', 'stalled', 'resumed', 'completed', 'failed'];

export async function writeJournal(path: string, count: number): Promise<number> {
	const out = createWriteStream(path);
	const write = (text: string) => (out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve())));
	await write(
		JSON.stringify({schema: 'cutwatch.log/v2', rec: 'run-start', time: new Date(t0).toISOString(), run: 'bench', pid: 1, selection: {mode: 'watch'}}) + '\n',
	);
	for (let i = 0; i < count; i++) {
		const task = i % tasks;
		const at = new Date(t0 + i * 500).toISOString();
		const id = `import-snap-${String(task).padStart(17, '0')}`;
		const progress = Math.min(99, Math.floor(i / tasks) * 3);
		const type = i < tasks ? 'appeared' : types[i % types.length]!;
		const record = {
			rec: 'event',
			time: at,
			type,
			account: '111122223333',
			region: 'eu-west-1',
			kind: 'import-snapshot',
			id,
			name: `server-${task} root disk`,
			from: {status: 'active', category: 'active'},
			to: {status: 'active', category: 'active'},
			message: 'converting',
			initial: i < tasks,
			since: null,
			task: {
				status: 'active',
				category: 'active',
				message: 'converting',
				progress,
				startedAt: new Date(t0).toISOString(),
				completedAt: null,
				resourceId: null,
				location: `s3://cutover-disks/${id}.vmdk`,
				records: null,
				profile: null,
				source: 'import-snapshot|111122223333|eu-west-1',
			},
		};
		await write(JSON.stringify(record) + '\n');
		if (i % 2 === 0)
			await write(
				JSON.stringify({rec: 'sample', time: at, kind: 'import-snapshot', account: '111122223333', region: 'eu-west-1', id, progress: progress + 1}) + '\n',
			);
		if (i % 100 === 0) await write(JSON.stringify({rec: 'seen', time: at, source: 'import-snapshot|111122223333|eu-west-1'}) + '\n');
	}
	await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
	return statSync(path).size;
}

const dir = mkdtempSync(join(tmpdir(), 'cutwatch-replay-'));
const keepAt = process.argv.indexOf('--keep');
const path = keepAt === -1 ? join(dir, 'journal.jsonl') : process.argv[keepAt + 1]!;
try {
	const bytes = await writeJournal(path, events);
	const perRun: number[] = [];
	let peakRss = 0;
	let heap = 0;
	for (let run = 0; run < runs; run++) {
		gc();
		const replay = await replayJournal(path, defaultStoreConfig);
		if (replay.state.summary().events !== events) throw new Error(`replayed ${replay.state.summary().events} of ${events} events`);
		perRun.push((replay.ms * 100_000) / events);
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
		gc();
		heap = Math.max(heap, process.memoryUsage().heapUsed);
		void replay.state.restored(new Set(['import-snapshot|111122223333|eu-west-1']), t0 + events * 500, defaultStoreConfig.goneRetentionMs);
	}
	process.stdout.write(`${JSON.stringify({msPer100k: summarize(perRun), events, bytes, rssMb: peakRss / 2 ** 20, heapMb: heap / 2 ** 20})}\n`);
} finally {
	if (keepAt === -1) rmSync(dir, {recursive: true, force: true});
}
