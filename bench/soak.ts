// The long soak (npm run soak): 8,000 generated tasks over 30 simulated hours at 12× speed, faults switching on
// and off, through the real session, SDK clients, poller and store on a manual clock. Prints heap, RSS, event
// log, tracked tasks and history at every checkpoint and exits 1 if any stated bound is broken. Run with
//   node --expose-gc --import tsx bench/soak.ts
import process from 'node:process';
import {checkBounds, defaultFaultPhases, hangPhase, runSoak, summary, type Bounds} from './soak-run.js';

const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) {
	console.error('soak: run with --expose-gc (node --expose-gc --import tsx bench/soak.ts) so heap figures are what is retained');
	process.exit(2);
}

const bounds: Bounds = {heapGrowth: 1.25, heapSlackBytes: 16 * 2 ** 20, rssGrowthBytes: 64 * 2 ** 20, steadyFrom: 0.25};

const result = await runSoak({
	tasks: 8_000,
	simulatedHours: 30,
	speed: 12,
	apiRetentionMs: 60 * 60_000,
	goneRetentionMs: 15 * 60_000,
	phaseMs: 10 * 60_000,
	faultPhases: [...defaultFaultPhases, hangPhase],
	checkpoints: 30,
	requestTimeoutMs: 1_000,
	gc,
	log: (line) => console.log(line),
});

for (const line of summary(result, bounds)) console.log(line);
const violations = checkBounds(result, bounds);
for (const violation of violations) console.error(`soak: FAIL ${violation}`);
console.log(violations.length === 0 ? 'soak: PASS, every bound held' : `soak: ${violations.length} bound(s) broken`);
process.exitCode = violations.length === 0 ? 0 : 1;
