// A runbook step interrupted before its tasks finished must not look like a step that succeeded:
// `cutwatch --until-done && next-step` runs next-step only when the tasks really completed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {once} from 'node:events';
import {startCli} from '../helpers/run-cli.js';

// At speed 1 the demo's imports run for minutes: the step is far from done when the signal comes.
const slowStep = ['--demo', '--speed', '1', '--sources', 'import', '--until-done', '--watch'];

for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
] as const) {
	test(`--until-done stopped by ${signal} before its tasks finished exits ${code} and says so`, async () => {
		const run = await startCli(slowStep, / listed active /, {timeoutMs: 60_000});
		const exited = once(run.child, 'close');
		run.child.kill(signal);
		const [exitCode] = (await exited) as [number | null];
		assert.equal(exitCode, code, run.errors());
		assert.match(run.errors(), /^cutwatch: interrupted before the selected tasks finished: \d+ still active$/m);
		assert.doesNotMatch(run.output(), /done after/);
	});
}
