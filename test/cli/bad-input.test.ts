import {test} from 'node:test';
import assert from 'node:assert/strict';
import {runCli} from '../helpers/run-cli.js';

const cases: Array<[string[], RegExp, number]> = [
	[['--frobnicate'], /unknown option --frobnicate/, 2],
	[['--region', 'mars-1'], /--region "mars-1" is not an AWS region name/, 2],
	[['--interval', 'often'], /--interval must be a number from 5 to 3600 seconds/, 2],
	[['--interval', '1'], /--interval must be a number from 5 to 3600 seconds/, 2],
	[['--once', '--watch'], /--once and --watch exclude each other/, 2],
	[['--json'], /--json goes with --once/, 2],
	[['--demo', '--endpoint-url', 'http://127.0.0.1:1'], /--demo runs its own simulator/, 2],
	[['--endpoint-url', 'not a url'], /is not a URL/, 2],
	[['--sources', 'imports,logs'], /--sources "imports" is not a source/, 2],
	[['--import-task-id', 'snap-123'], /--import-task-id "snap-123" does not look like/, 2],
	[['--speed', '10'], /--speed applies to --demo and simulate only/, 2],
	[['launch'], /unknown command "launch"/, 2],
	[['--once', '--until-done'], /--once and --until-done exclude each other/, 2],
	[['--quiet'], /--quiet goes with --until-done/, 2],
	[['--status', 'broken'], /--status "broken" is not a status/, 2],
	[['--bell', 'loud'], /--bell must be all, failed or none/, 2],
	[['--notify', 'sometimes'], /--notify must be failed, all or none, got "sometimes"/, 2],
	[['--theme', 'solarized'], /--theme must be dark, light or auto, got "solarized"/, 2],
	[['--theme', ''], /--theme needs a value/, 2],
	[['launch'], /the commands are "simulate" and "report"/, 2],
	[['--check', '--once'], /--check runs alone/, 2],
	[['--demo', '--profile', 'prod'], /--demo needs no AWS profile/, 2],
	[['--demo', '--scenario', '/nonexistent/cutover.json', '--once'], /cutover\.json/, 2],
	[['--once'], /no AWS region configured.*--region.*--demo/, 3],
	[['--demo', '--once', '--sources', ''], /--sources needs a value: import, export, store or discovery/, 2],
	[['--demo', '--once', '--region', ''], /--region needs a value/, 2],
	[['--demo', '--once', '-x'], /unknown option -x \(/, 2],
	[['--demo', '--once', '-vq'], /unknown option -v \(/, 2],
	[['--demo', '--once', '--no-colour'], /unknown option --no-colour \(/, 2],
	// meow camel-cases what it is given: --Region, --REGION and --untilDone would be taken as --region and --until-done.
	[['--demo', '--once', '--Region', 'us-east-1'], /unknown option --Region \(did you mean --region\?/, 2],
	[['--demo', '--once', '--REGION=us-east-1'], /unknown option --REGION \(did you mean --region\?/, 2],
	[['--demo', '--untilDone'], /unknown option --untilDone \(did you mean --until-done\?/, 2],
	[['--demo', '--once', '--No-Color'], /unknown option --No-Color \(did you mean --no-color\?/, 2],
	[['--demo', '--once', '--no-region'], /unknown option --no-region \(/, 2],
	[['--demo', '--once', '--bell', 'all', '--bell', 'none'], /--bell given twice: it takes one value/, 2],
	[
		['--demo', '--once', '--import-task-id', 'import-snap-0123456789abcdef0', '--sources', 'export'],
		/--import-task-id selects Snapshot imports, which --sources export leaves out: add import to --sources, or drop the id/,
		2,
	],
	[['--demo', '--once', '--region', 'us-east-7'], /--region "us-east-7" is not an AWS region \(nearest: us-east-1\)/, 2],
	[['--demo', '--once', '--discovery-region', 'eu-wset-1'], /--discovery-region "eu-wset-1" is not an AWS region \(nearest: eu-west-1\)/, 2],
];

for (const [args, message, code] of cases) {
	test(`cutwatch ${args.join(' ')} → one clear line, exit ${code}`, async () => {
		const result = await runCli(args);
		assert.equal(result.code, code, result.stderr);
		assert.equal(result.stdout, '');
		const lines = result.stderr.trimEnd().split('\n');
		assert.equal(lines.length, 1, `exactly one line, got:\n${result.stderr}`);
		assert.match(lines[0]!, /^cutwatch: /);
		assert.match(lines[0]!, message);
		assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
	});
}

test('a region newer than cutwatch is accepted with --endpoint-url, where only its shape is checked', async () => {
	const result = await runCli(['--once', '--region', 'us-east-7', '--endpoint-url', 'http://127.0.0.1:9', '--sources', 'import']);
	assert.equal(result.code, 3, result.stderr);
	assert.doesNotMatch(result.stderr, /not an AWS region/);
});

test("--discovery-region outside Discovery's seven regions: the demo gives the hint real AWS would", async () => {
	const result = await runCli(['--demo', '--once', '--sources', 'discovery', '--discovery-region', 'us-east-2']);
	assert.equal(result.code, 3, result.stdout + result.stderr);
	assert.doesNotMatch(result.stdout, /Discovery imports +us-east-2/, 'no data from a region Discovery does not serve');
	assert.match(
		result.stderr,
		/^cutwatch: Discovery imports \(demo us-east-2\): .* — pass --discovery-region with your Migration Hub home region \(e\.g\. us-west-2\)$/m,
	);
});
