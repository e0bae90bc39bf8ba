// --until-done with ids, through the built CLI and the demo simulator: exactly the given tasks decide the
// outcome, across every kind, and sources with no id given are not polled unless --sources names them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runCli} from '../helpers/run-cli.js';

// The README's runbook example: two snapshot imports of the seeded demo that complete about 30 s into a run
// at --speed 10, while the demo's exports are still running and its store and Discovery panes hold failures.
const readmeIds = 'import-snap-00f2f5862ed730f70,import-snap-1de92341821776ba8';

test('README example: --until-done --import-task-id exits 0 once both imports complete, polling nothing else', async () => {
	const result = await runCli(['--demo', '--speed', '10', '--until-done', '--import-task-id', readmeIds, '--watch'], {timeoutMs: 90_000});
	assert.equal(result.code, 0, result.stdout + result.stderr);
	assert.match(result.stdout, /^cutwatch: done after \S+: 2 tasks: 2 completed, 0 failed, 0 cancelled$/m);
	const lines = result.stdout
		.trimEnd()
		.split('\n')
		.filter((line) => !line.startsWith('cutwatch:'));
	assert.ok(lines.length > 0);
	for (const line of lines) assert.match(line, / import-snapshot /, `only the import pane is watched: ${line}`);
	for (const id of readmeIds.split(',')) assert.match(result.stdout, new RegExp(`${id} active -> completed`));
});

test('--until-done with ids and --sources naming other panes: those are watched but do not decide the outcome', async () => {
	const args = ['--demo', '--speed', '10', '--interval', '5', '--until-done', '--import-task-id', readmeIds, '--sources', 'import,store,discovery', '--watch'];
	const result = await runCli(args, {timeoutMs: 90_000});
	assert.equal(result.code, 0, result.stdout + result.stderr);
	assert.match(result.stdout, /^cutwatch: done after \S+: 2 tasks: 2 completed, 0 failed, 0 cancelled$/m);
	assert.match(result.stdout, / store-image .* failed/, 'the store pane is watched alongside');
	assert.match(result.stdout, / discovery-import /);
	assert.doesNotMatch(result.stdout, /  failed: /, 'no unrelated failure in the summary');
});

async function twoKindScenario(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const file = join(dir, 'step.json');
	await writeFile(
		file,
		JSON.stringify({
			name: 'one step across two panes',
			importSnapshots: [
				{id: 'import-snap-00000000000000011', name: 'web-01', start: '-10s', duration: '40s'},
				// Another team's import, running for hours: not this step, never waited for.
				{id: 'import-snap-00000000000000012', name: 'other-01', start: '-10s', duration: '20h'},
			],
			storeImageTasks: [
				// An AMI whose first store attempt failed and whose retry completes: the retry is the outcome.
				{amiId: 'ami-0000000000000000a', start: '-2h', duration: '5m', outcome: 'failed', failureReason: 'Access denied to bucket old'},
				{amiId: 'ami-0000000000000000a', start: '-10s', duration: '40s'},
				{amiId: 'ami-0000000000000000b', start: '-10s', duration: '50s', outcome: 'failed', failureReason: 'Access denied to bucket cutover'},
				// Not named: its failure is not this step's.
				{amiId: 'ami-0000000000000000c', start: '-1h', duration: '5m', outcome: 'failed', failureReason: 'Access denied to bucket other'},
			],
			discoveryImports: [{name: 'unrelated', outcome: 'IMPORT_FAILED'}],
		}),
	);
	return file;
}

test('--until-done with ids of two kinds: exactly those tasks decide, the newest store task of each AMI counts', async () => {
	const args = ['--demo', '--speed', '10', '--interval', '5', '--scenario', await twoKindScenario(), '--until-done', '--quiet'];
	args.push('--import-task-id', 'import-snap-00000000000000011', '--image-id', 'ami-0000000000000000a,ami-0000000000000000b');
	const result = await runCli(args, {timeoutMs: 90_000});
	assert.equal(result.code, 1, result.stdout + result.stderr);
	assert.match(result.stdout, /: 3 tasks: 2 completed, 1 failed, 0 cancelled$/m);
	const failures = result.stdout.split('\n').filter((line) => line.startsWith('  failed: '));
	assert.equal(failures.length, 1, result.stdout);
	assert.match(failures[0]!, /^  failed: store-image us-east-1 ami-0000000000000000b@\S+ .*Access denied to bucket cutover$/);
});
