// The soak, short: six simulated hours of 2,500 generated tasks at 12× speed with faults switching on and off,
// through the real session, SDK clients, poller, store and journal (bench/soak-run.ts; bounds in bench/soak-verdict.ts). The long one is `npm run soak`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {runSoak} from '../../bench/soak-run.js';
import {checkBounds, summary, type Bounds} from '../../bench/soak-verdict.js';

/** A full collection: the runner does not expose gc, so enable it for this process. */
function gc() {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

const bounds: Bounds = {heapGrowth: 1.3, heapSlackBytes: 16 * 2 ** 20, rssGrowthBytes: 64 * 2 ** 20, steadyFrom: 0.5};

test('six simulated hours with faults on and off keep the event log, tracked tasks, history and memory bounded', async (t) => {
	const result = await runSoak({
		tasks: 2_500,
		simulatedHours: 6,
		speed: 12,
		apiRetentionMs: 30 * 60_000,
		goneRetentionMs: 5 * 60_000,
		phaseMs: 3 * 60_000,
		checkpoints: 12,
		requestTimeoutMs: 2_000,
		gc,
		journalPath: join(mkdtempSync(join(tmpdir(), 'cutwatch-soak-')), 'soak.jsonl'),
	});
	for (const line of summary(result, bounds)) t.diagnostic(line);
	assert.deepEqual(checkBounds(result, bounds), []);
	const end = result.checkpoints.at(-1)!;
	assert.ok(end.simulatedHours >= 5.9, `covered ${end.simulatedHours} simulated hours`);
	// Tasks did age out of cutwatch as well as out of the API: far fewer tracked than ever seen.
	assert.ok(end.tracked < result.scenario.tasks / 2, `${end.tracked} tracked of ${result.scenario.tasks}`);
	assert.ok(
		result.checkpoints.some((point) => point.phase !== 'healthy'),
		'faults were on during the run',
	);
	// The journal kept every event and stayed within its sampling bound (checkBounds), and it grew.
	assert.ok(end.journalBytes > result.checkpoints[0]!.journalBytes);
});
