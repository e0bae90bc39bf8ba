// Scenario files: the example is valid and plays through the real clients; bad files fail with one line that names
// the field.
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {DescribeImportSnapshotTasksCommand, DescribeStoreImageTasksCommand} from '@aws-sdk/client-ec2';
import {exitCodes, UsageError} from '../../../source/config/usage-error.js';
import {loadScenarioFile, parseScenarioFile, ScenarioFileError, type ScenarioFile} from '../../../source/simulator/index.js';
import {discoveryCall, ec2Client, startTestSimulator} from '../helpers.js';
import {minute, second} from '../fixtures.js';

const examplePath = fileURLToPath(new URL('../../../source/simulator/examples/cutover.json', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'cutwatch-scenario-'));

function writeScenario(name: string, content: unknown): string {
	const path = join(directory, name);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

async function loadError(content: unknown): Promise<string> {
	const path = writeScenario('bad.json', content);
	try {
		await loadScenarioFile(path);
	} catch (error) {
		assert.ok(error instanceof ScenarioFileError, `expected ScenarioFileError, got ${String(error)}`);
		// The entry prints a UsageError as one line and exits with its code.
		assert.ok(error instanceof UsageError && error.exitCode === exitCodes.usage, 'a usage error');
		assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
		assert.ok(error.message.startsWith(`${path}: `));
		return error.message.slice(path.length + 2);
	}
	throw new Error('expected the file to be rejected');
}

describe('scenario files', () => {
	it('loads the example and plays it through the SDK and Discovery', async (t) => {
		const scenario = await loadScenarioFile(examplePath);
		assert.equal(scenario.name, 'Acme DC1 weekend cutover (example)');
		assert.equal(scenario.importSnapshots.length, 6);
		const {sim, clock} = await startTestSimulator(t, {scenario});
		clock.advance(30 * second);
		const client = ec2Client(sim.endpoint);
		const imports = (await client.send(new DescribeImportSnapshotTasksCommand({}))).ImportSnapshotTasks!;
		const web01 = imports.find((task) => task.ImportTaskId === 'import-snap-0a1b2c3d4e5f60718')!;
		assert.equal(web01.SnapshotTaskDetail?.Status, 'completed');
		assert.deepEqual(web01.Tags, [
			{Key: 'Name', Value: 'web-01'},
			{Key: 'wave', Value: 'wave-1'},
			{Key: 'app', Value: 'storefront'},
		]);
		assert.deepEqual(web01.SnapshotTaskDetail?.UserBucket, {S3Bucket: 'acme-vm-imports', S3Key: 'dc1/web-01/web-01-disk1.vmdk'});
		const web02 = imports.find((task) => task.Tags?.[0]?.Value === 'web-02')!;
		assert.equal(web02.SnapshotTaskDetail?.Encrypted, true);
		assert.equal(web02.SnapshotTaskDetail?.Progress, '40');
		const latest = await client.send(new DescribeStoreImageTasksCommand({ImageIds: ['ami-0fedcba9876543210']}));
		assert.equal(latest.StoreImageTaskResults?.[0]?.Bucket, 'acme-ami-archive');
		const discovery = (await discoveryCall(sim.endpoint)).json.tasks as Array<Record<string, unknown>>;
		assert.deepEqual(
			discovery.map((task) => task.status),
			['IMPORT_COMPLETE_WITH_ERRORS', 'IMPORT_IN_PROGRESS'],
		);
	});

	it('applies defaults and generates missing ids from the seed', () => {
		const file: ScenarioFile = {seed: 3, importSnapshots: [{}], storeImageTasks: [{outcome: 'failed'}], discoveryImports: [{}]};
		const a = parseScenarioFile(file);
		assert.deepEqual(a, parseScenarioFile(file));
		const [task] = a.importSnapshots;
		assert.match(task!.id, /^import-snap-[0-9a-f]{17}$/);
		assert.equal(task!.format, 'VMDK');
		assert.equal(task!.startMs, 0);
		assert.equal(task!.durationMs, 5 * minute);
		assert.equal(task!.outcome, 'completed');
		assert.equal(a.storeImageTasks[0]!.failureReason, 'Access denied to bucket cutover-ami-store');
		assert.match(a.discoveryImports[0]!.id, /^import-task-[0-9a-f]{32}$/);
		assert.equal(a.retention.importSnapshotMs, 7 * 24 * 60 * minute);
		assert.notEqual(parseScenarioFile({...file, seed: 4}).importSnapshots[0]!.id, task!.id);
	});

	it('carries hostile text as given', () => {
		const name = 'web-01 \u001b[31mRED\u001b[0m & <b> \u202e';
		const scenario = parseScenarioFile({importSnapshots: [{name, outcome: 'failed', message: 'ClientError: \u0007bell'}]});
		assert.equal(scenario.importSnapshots[0]!.tags[0]!.Value, name);
		assert.equal(scenario.importSnapshots[0]!.message, 'ClientError: \u0007bell');
	});

	const cases: Array<[string, unknown, RegExp]> = [
		['not JSON', '{"name": ', /^not valid JSON \(/],
		['not an object', '[1, 2]', /^the file: expected an object, got \[1,2\]$/],
		['an unknown top-level field', {importSnapshot: []}, /^importSnapshot: unknown field \(expected one of .*importSnapshots/],
		['an unknown task field', {importSnapshots: [{sizeByte: 1}]}, /^importSnapshots\[0\]\.sizeByte: unknown field/],
		['a bad format', {importSnapshots: [{}, {format: 'ISO'}]}, /^importSnapshots\[1\]\.format: expected one of VMDK, VHD, VHDX, RAW, got "ISO"$/],
		[
			'a bad duration',
			{imageExports: [{start: 'soon'}]},
			/^imageExports\[0\]\.start: expected a duration like "90s", "5m", "1h30m" or "-10m" \(or milliseconds\), got "soon"$/,
		],
		['a negative duration', {imageExports: [{duration: '-5m'}]}, /^imageExports\[0\]\.duration: expected a non-negative duration/],
		[
			'a stall longer than the task',
			{importSnapshots: [{duration: '1m', stall: {at: 50, for: '2m'}}]},
			/^importSnapshots\[0\]\.stall\.for: the stall \(120000 ms\) is longer than the task's duration \(60000 ms\)$/,
		],
		['a stall without "at"', {importSnapshots: [{stall: {for: '1m'}}]}, /^importSnapshots\[0\]\.stall\.at: expected a number from 1 to 99, got nothing$/],
		['stopAt on a completed task', {importSnapshots: [{stopAt: 40}]}, /^importSnapshots\[0\]\.stopAt: only failed or cancelled tasks have stopAt$/],
		['a message on a cancelled task', {imageExports: [{outcome: 'cancelled', message: 'x'}]}, /^imageExports\[0\]\.message: only failed tasks have message$/],
		[
			'a malformed AMI id',
			{storeImageTasks: [{amiId: 'ami-xyz'}]},
			/^storeImageTasks\[0\]\.amiId: expected an AMI id like "ami-0123456789abcdef0", got "ami-xyz"$/,
		],
		[
			'a duplicate id',
			{importSnapshots: [{id: 'import-snap-0123456789abcdef0'}, {id: 'import-snap-0123456789abcdef0'}]},
			/^importSnapshots\[1\]\.id: duplicate id "import-snap-0123456789abcdef0" \(also importSnapshots\[0\]\)$/,
		],
		['a bad Discovery outcome', {discoveryImports: [{outcome: 'IMPORT_IN_PROGRESS'}]}, /^discoveryImports\[0\]\.outcome: expected one of IMPORT_COMPLETE,/],
		['a negative count', {discoveryImports: [{serverImportSuccess: -1}]}, /^discoveryImports\[0\]\.serverImportSuccess: expected an integer >= 0, got -1$/],
		['a tag that is not text', {importSnapshots: [{tags: {wave: 2}}]}, /^importSnapshots\[0\]\.tags\.wave: expected a string, got 2$/],
		['a list that is not a list', {imageExports: {}}, /^imageExports: expected a list, got \{\}$/],
		['a bad retention', {retention: {storeImage: 'a month'}}, /^retention\.storeImage: expected a non-negative duration/],
	];
	for (const [what, content, expected] of cases) {
		it(`rejects ${what} with one line naming the field`, async () => {
			assert.match(await loadError(content), expected);
		});
	}

	it('names a missing file', async () => {
		const path = join(directory, 'missing.json');
		await assert.rejects(loadScenarioFile(path), {name: 'ScenarioFileError', message: `${path}: cannot read the scenario file (no such file)`});
	});

	it('accepts "forever" retention and millisecond numbers', () => {
		const scenario = parseScenarioFile({retention: {importSnapshot: 'forever', storeImage: 3_600_000}, importSnapshots: [{start: -60_000, duration: 120_000}]});
		assert.equal(scenario.retention.importSnapshotMs, Number.POSITIVE_INFINITY);
		assert.equal(scenario.retention.storeImageMs, 3_600_000);
		assert.equal(scenario.importSnapshots[0]!.startMs, -60_000);
	});
});
