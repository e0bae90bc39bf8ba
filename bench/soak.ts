// The long soak (npm run soak): 8,000 generated tasks over 72 simulated hours at 12× speed, faults switching on
// and off, progress churn, through the real session, SDK clients, poller, store and --log journal on a manual
// clock. Prints heap, RSS, event log, tracked tasks, history and journal size every 6 simulated hours and exits
// 1 if any stated bound is broken (retained heap flat within 10 % after the first day). Run with
//   node --expose-gc --import tsx bench/soak.ts
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {replayJournal} from '../source/journal/replay.js';
import {defaultStoreConfig} from '../source/store/index.js';
import {runSoak} from './soak-run.js';
import {defaultFaultPhases, hangPhase} from './soak-phases.js';
import {checkBounds, summary, type Bounds} from './soak-verdict.js';

const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) {
	console.error('soak: run with --expose-gc (node --expose-gc --import tsx bench/soak.ts) so heap figures are what is retained');
	process.exit(2);
}

// Flat after the first day: the end within 10 % of the 24 h checkpoint.
const bounds: Bounds = {heapGrowth: 1.1, heapSlackBytes: 0, rssGrowthBytes: 64 * 2 ** 20, steadyFrom: 24 / 72};
const dir = mkdtempSync(join(tmpdir(), 'cutwatch-soak-'));

const result = await runSoak({
	tasks: 8_000,
	simulatedHours: 72,
	speed: 12,
	apiRetentionMs: 60 * 60_000,
	goneRetentionMs: 15 * 60_000,
	phaseMs: 10 * 60_000,
	faultPhases: [...defaultFaultPhases, hangPhase],
	checkpoints: 12,
	journalPath: join(dir, 'soak.jsonl'),
	requestTimeoutMs: 1_000,
	gc,
	log: (line) => console.log(line),
});

for (const line of summary(result, bounds)) console.log(line);
// What a restart after those 72 hours costs: the soak's own journal, replayed by the streaming reader.
const replay = await replayJournal(join(dir, 'soak.jsonl'), defaultStoreConfig);
const replayed = replay.state.summary().events;
console.log(
	`journal replay: ${replayed} events in ${replay.ms.toFixed(0)} ms (${((replay.ms * 100_000) / Math.max(1, replayed)).toFixed(0)} ms per 100k events), ${replay.torn} torn lines`,
);
const violations = checkBounds(result, bounds);
for (const violation of violations) console.error(`soak: FAIL ${violation}`);
console.log(violations.length === 0 ? 'soak: PASS, every bound held' : `soak: ${violations.length} bound(s) broken`);
process.exitCode = violations.length === 0 ? 0 : 1;
rmSync(dir, {recursive: true, force: true});
