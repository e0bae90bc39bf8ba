// An import's state stays `active` while AWS's status message moves on (pending, validating, converting…):
// a --watch line for that change says what changed, not `active -> active`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {startCli} from '../helpers/run-cli.js';

test('--watch: a change of status message only reads "active" and "old message -> new message", never "active -> active"', async (t) => {
	const run = await startCli(['--demo', '--speed', '10', '--interval', '5', '--sources', 'import', '--watch'], / listed active /, {timeoutMs: 60_000});
	t.after(() => run.child.kill('SIGKILL'));
	const line = await run.waitFor(/^\S+ import-snapshot \S+ import-snap-\w+ active "[^"]*" \S[^\n]* -> \S[^\n]*$/m, 60_000);
	assert.doesNotMatch(line, / active -> active /);
	assert.doesNotMatch(run.output(), /^\S+ \S+ \S+ \S+ (\S+) -> \1 /m, 'no line repeats its state on both sides');
});
