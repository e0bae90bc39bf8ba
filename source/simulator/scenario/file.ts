// Scenario files: a cutover written as JSON (format: file-format.ts), so tests and users can rehearse their
// own. Validates with one-line errors that name the field, and fills in what the file leaves out.
import {readFile} from 'node:fs/promises';
import type {Tag} from '@aws-sdk/client-ec2';
import {UsageError} from '../../config/usage-error.js';
import {FileClassification, ImportStatus} from '../../aws/discovery/types.js';
import {FieldError, Fields} from './json-fields.js';
import {createRandom, type Random, type Seed} from './random.js';
import {accountKmsKey, discoveryBucket, exportBucket, gib, ids, importBucket, importFailures, minute, storeBucket} from './parts.js';
import {
	defaultRetention,
	type DiscoveryImportSpec,
	type ImageExportSpec,
	type ImportSnapshotSpec,
	type Retention,
	type Scenario,
	type StoreImageSpec,
} from './model.js';
import type {Stall} from './timeline.js';

export type {
	DurationValue,
	ScenarioFile,
	ScenarioFileDiscoveryImport,
	ScenarioFileImageExport,
	ScenarioFileImportSnapshot,
	ScenarioFileStoreImage,
	ScenarioFileTiming,
} from './file-format.js';

/** A file the user can fix: `simulate --scenario` and `--demo --scenario` exit with the usage code. */
export class ScenarioFileError extends UsageError {
	override name = 'ScenarioFileError';
}

const timingKeys = ['start', 'duration', 'stall'] as const;
const extensions: Record<string, string> = {VMDK: 'vmdk', VHD: 'vhd', VHDX: 'vhdx', RAW: 'raw'};
const finalStatuses = Object.values(ImportStatus)
	.filter((status) => status.startsWith('IMPORT_') && status !== 'IMPORT_IN_PROGRESS')
	.concat('INTERNAL_ERROR');

function timing(fields: Fields): {startMs: number; durationMs: number; stall?: Stall} {
	const startMs = fields.duration('start') ?? 0;
	const durationMs = fields.duration('duration', {min: 0}) ?? 5 * minute;
	if (!fields.has('stall')) return {startMs, durationMs};
	const stall = Fields.object(fields.raw('stall'), fields.at('stall'), ['at', 'for']);
	const atProgress = stall.number('at', {min: 1, max: 99}) ?? stall.fail('at', 'a number from 1 to 99');
	const forMs = stall.duration('for', {min: 0}) ?? stall.fail('for', 'a non-negative duration like "5m"');
	if (forMs > durationMs) throw new FieldError(`${stall.at('for')}: the stall (${forMs} ms) is longer than the task's duration (${durationMs} ms)`);
	return {startMs, durationMs, stall: {atProgress, forMs}};
}

/** stopAt and message only make sense for the outcomes that use them; saying so catches typos early. */
function ending(fields: Fields, outcome: string, stopDefaults: {failed: number; cancelled?: number}, messageKey: string): number {
	const stoppers = stopDefaults.cancelled === undefined ? 'failed tasks' : 'failed or cancelled tasks';
	if (outcome === 'completed') {
		if (fields.has('stopAt')) throw new FieldError(`${fields.at('stopAt')}: only ${stoppers} have stopAt`);
		if (fields.has(messageKey)) throw new FieldError(`${fields.at(messageKey)}: only failed tasks have ${messageKey}`);
		return 100;
	}
	if (outcome === 'cancelled' && fields.has(messageKey)) throw new FieldError(`${fields.at(messageKey)}: only failed tasks have ${messageKey}`);
	return fields.number('stopAt', {min: 0, max: 99}) ?? (outcome === 'failed' ? stopDefaults.failed : (stopDefaults.cancelled ?? 0));
}

function tagList(fields: Fields): Tag[] {
	const name = fields.string('name');
	const extra = fields.stringMap('tags') ?? {};
	return [...(name === undefined ? [] : [{Key: 'Name', Value: name}]), ...Object.entries(extra).map(([Key, Value]) => ({Key, Value}))];
}

function items(file: Fields, key: string, allowed: readonly string[]): Fields[] {
	return (file.list(key) ?? []).map((item, position) => Fields.object(item, `${key}[${position}]`, allowed));
}

function importSnapshot(fields: Fields, random: Random): ImportSnapshotSpec {
	const id = fields.string('id', /^import-snap-[0-9a-z]{1,32}$/, 'an id like "import-snap-0123456789abcdef0"') ?? ids.importSnapshot(random);
	const format = fields.oneOf('format', ['VMDK', 'VHD', 'VHDX', 'RAW'] as const) ?? 'VMDK';
	const kmsKeyId = fields.string('kmsKeyId');
	const encrypted = fields.boolean('encrypted') ?? kmsKeyId !== undefined;
	const outcome = fields.oneOf('outcome', ['completed', 'failed', 'cancelled'] as const) ?? 'completed';
	const name = fields.string('name');
	return {
		id,
		snapshotId: fields.string('snapshotId', /^snap-[0-9a-z]{1,32}$/, 'an id like "snap-0123456789abcdef0"') ?? ids.snapshot(random),
		description: fields.string('description'),
		tags: tagList(fields),
		format,
		sizeBytes: fields.number('sizeBytes', {min: 0}) ?? 8 * gib,
		encrypted,
		kmsKeyId: kmsKeyId ?? (encrypted ? accountKmsKey : undefined),
		bucket: fields.string('bucket') ?? importBucket,
		key: fields.string('key') ?? `vms/${name ?? id}.${extensions[format]}`,
		...timing(fields),
		outcome,
		stopAt: ending(fields, outcome, {failed: 12, cancelled: 50}, 'message'),
		message: outcome === 'failed' ? (fields.string('message') ?? importFailures[0]) : undefined,
	};
}

function imageExport(fields: Fields, random: Random): ImageExportSpec {
	const outcome = fields.oneOf('outcome', ['completed', 'failed', 'cancelled'] as const) ?? 'completed';
	return {
		id: fields.string('id', /^export-ami-[0-9a-z]{1,32}$/, 'an id like "export-ami-0123456789abcdef0"') ?? ids.imageExport(random),
		imageId: fields.string('imageId', /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/, 'an AMI id like "ami-0123456789abcdef0"') ?? ids.ami(random),
		description: fields.string('description'),
		tags: tagList(fields),
		bucket: fields.string('bucket') ?? exportBucket,
		prefix: fields.string('prefix') ?? 'exports/',
		...timing(fields),
		outcome,
		stopAt: ending(fields, outcome, {failed: 20, cancelled: 50}, 'message'),
		message: outcome === 'failed' ? (fields.string('message') ?? 'ClientError: Insufficient permissions to write to the S3 bucket') : undefined,
	};
}

function storeImage(fields: Fields, random: Random): StoreImageSpec {
	const amiId = fields.string('amiId', /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/, 'an AMI id like "ami-0123456789abcdef0"') ?? ids.ami(random);
	const bucket = fields.string('bucket') ?? storeBucket;
	const outcome = fields.oneOf('outcome', ['completed', 'failed'] as const) ?? 'completed';
	return {
		amiId,
		bucket,
		objectKey: fields.string('objectKey') ?? `${amiId}.bin`,
		...timing(fields),
		outcome,
		stopAt: ending(fields, outcome, {failed: 0}, 'failureReason'),
		failureReason: outcome === 'failed' ? (fields.string('failureReason') ?? `Access denied to bucket ${bucket}`) : undefined,
	};
}

function discoveryImport(fields: Fields, random: Random, position: number): DiscoveryImportSpec {
	const name = fields.string('name') ?? `import-${position + 1}`;
	const count = (key: string): number => fields.number(key, {min: 0, integer: true}) ?? 0;
	return {
		id: fields.string('id', /^import-task-[a-fA-F0-9]{32}$/, 'an id like "import-task-" + 32 hex digits') ?? ids.discoveryImport(random),
		name,
		importUrl: fields.string('importUrl') ?? `s3://${discoveryBucket}/${name}.csv`,
		clientRequestToken: fields.string('clientRequestToken') ?? random.uuid(),
		fileClassification: fields.oneOf('fileClassification', Object.values(FileClassification)),
		...timing(fields),
		outcome: fields.oneOf('outcome', finalStatuses) ?? 'IMPORT_COMPLETE',
		serverImportSuccess: count('serverImportSuccess'),
		serverImportFailure: count('serverImportFailure'),
		applicationImportSuccess: count('applicationImportSuccess'),
		applicationImportFailure: count('applicationImportFailure'),
		errorsAndFailedEntriesZip: fields.string('errorsAndFailedEntriesZip'),
	};
}

function retention(file: Fields): Retention {
	const result = {...defaultRetention};
	if (!file.has('retention')) return result;
	const kinds = ['importSnapshot', 'imageExport', 'storeImage', 'discoveryImport'] as const;
	const fields = Fields.object(file.raw('retention'), 'retention', kinds);
	for (const kind of kinds) {
		if (fields.raw(kind) === 'forever') result[`${kind}Ms`] = Number.POSITIVE_INFINITY;
		else result[`${kind}Ms`] = fields.duration(kind, {min: 0}) ?? result[`${kind}Ms`];
	}
	return result;
}

function noDuplicates<T>(list: readonly T[], id: (item: T) => string, what: string) {
	const seen = new Map<string, number>();
	list.forEach((item, position) => {
		const key = id(item);
		const first = seen.get(key);
		if (first !== undefined) throw new FieldError(`${what}[${position}].id: duplicate id "${key}" (also ${what}[${first}])`);
		seen.set(key, position);
	});
}

/** Validates parsed JSON and applies defaults. Throws ScenarioFileError with a one-line message naming the field. */
export function parseScenarioFile(json: unknown, defaultSeed: Seed = 1): Scenario {
	try {
		const file = Fields.object(json, '', [
			'$schema',
			'name',
			'description',
			'seed',
			'retention',
			'importSnapshots',
			'imageExports',
			'storeImageTasks',
			'discoveryImports',
		]);
		const seed = file.raw('seed');
		if (seed !== undefined && typeof seed !== 'number' && typeof seed !== 'string') file.fail('seed', 'a number or a string');
		const random = createRandom((seed as Seed | undefined) ?? defaultSeed);
		const common = ['id', 'name', 'description', 'tags', 'outcome', 'stopAt', 'message', ...timingKeys];
		const scenario: Scenario = {
			name: file.string('name') ?? 'scenario file',
			description: file.string('description'),
			retention: retention(file),
			importSnapshots: items(file, 'importSnapshots', [...common, 'format', 'sizeBytes', 'encrypted', 'kmsKeyId', 'bucket', 'key', 'snapshotId']).map(
				(fields) => importSnapshot(fields, random),
			),
			imageExports: items(file, 'imageExports', [...common, 'imageId', 'bucket', 'prefix']).map((fields) => imageExport(fields, random)),
			storeImageTasks: items(file, 'storeImageTasks', ['amiId', 'bucket', 'objectKey', 'outcome', 'stopAt', 'failureReason', ...timingKeys]).map((fields) =>
				storeImage(fields, random),
			),
			discoveryImports: items(file, 'discoveryImports', [
				'id',
				'name',
				'importUrl',
				'clientRequestToken',
				'fileClassification',
				'outcome',
				'serverImportSuccess',
				'serverImportFailure',
				'applicationImportSuccess',
				'applicationImportFailure',
				'errorsAndFailedEntriesZip',
				...timingKeys,
			]).map((fields, position) => discoveryImport(fields, random, position)),
		};
		noDuplicates(scenario.importSnapshots, (task) => task.id, 'importSnapshots');
		noDuplicates(scenario.imageExports, (task) => task.id, 'imageExports');
		noDuplicates(scenario.discoveryImports, (task) => task.id, 'discoveryImports');
		return scenario;
	} catch (error) {
		if (error instanceof FieldError) throw new ScenarioFileError(error.message);
		throw error;
	}
}

/** Reads, parses and validates a scenario file. Every failure is a ScenarioFileError with one line, "FILE: problem". */
export async function loadScenarioFile(path: string, defaultSeed?: Seed): Promise<Scenario> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ScenarioFileError(`${path}: cannot read the scenario file (${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)})`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ScenarioFileError(`${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
	}
	try {
		return parseScenarioFile(json, defaultSeed);
	} catch (error) {
		if (error instanceof ScenarioFileError) throw new ScenarioFileError(`${path}: ${error.message}`);
		throw error;
	}
}
