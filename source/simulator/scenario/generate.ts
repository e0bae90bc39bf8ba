// Large scenarios for soak and performance tests: `tasks` tasks spread over `spanMs` with churn, so new tasks keep
// appearing while old ones finish and (with a short retention override) age out of the listings.
import type {FileClassification, ImportStatus} from '../../aws/discovery/types.js';
import {createRandom, type Random, type Seed} from './random.js';
import {
	accountKmsKey,
	diskBytes,
	discoveryBucket,
	exportBucket,
	hour,
	ids,
	importBucket,
	importFailures,
	minute,
	nameTags,
	pickFormat,
	servers,
	storeBucket,
	storeFailures,
} from './parts.js';
import {defaultRetention, type Retention, type Scenario, type TaskOutcome} from './model.js';

export type GenerateOptions = {
	seed?: Seed | undefined;
	/** Total tasks across the four kinds (about 55% imports, 15% exports, 20% store, 10% Discovery). */
	tasks: number;
	/** Simulated span over which tasks start; default 24 h. A fifth of the tasks start before the simulator does. */
	spanMs?: number | undefined;
	/** Override how long finished tasks stay listed, per kind (e.g. an hour, so a 24 h soak sees tasks age out). */
	retention?: Partial<Retention> | undefined;
};

/** Log-uniform between min and max: most tasks are quick, a few take hours. */
function logUniform(random: Random, min: number, max: number): number {
	return Math.round(Math.exp(random.between(Math.log(min), Math.log(max))));
}

function outcome(random: Random, failed: number, cancelled: number): TaskOutcome {
	const roll = random.next();
	return roll < failed ? 'failed' : roll < failed + cancelled ? 'cancelled' : 'completed';
}

const discoveryEndings: ReadonlyArray<readonly [ImportStatus, number]> = [
	['IMPORT_COMPLETE', 0.8],
	['IMPORT_COMPLETE_WITH_ERRORS', 0.12],
	['IMPORT_FAILED', 0.03],
	['IMPORT_FAILED_UNSUPPORTED_FILE_TYPE', 0.03],
	['IMPORT_FAILED_RECORD_LIMIT_EXCEEDED', 0.02],
];
const classifications: FileClassification[] = ['RVTOOLS_EXPORT', 'IMPORT_TEMPLATE', 'MODELIZEIT_EXPORT', 'VMWARE_NSX_EXPORT'];

export function generateScenario(options: GenerateOptions): Scenario {
	const {tasks} = options;
	if (!Number.isInteger(tasks) || tasks < 0) throw new RangeError(`tasks must be a non-negative integer, got ${tasks}`);
	const spanMs = options.spanMs ?? 24 * hour;
	const random = createRandom(options.seed ?? 1);
	const scenario: Scenario = {
		name: `generated: ${tasks} tasks over ${Math.round(spanMs / minute)} min`,
		retention: {...defaultRetention, ...options.retention},
		importSnapshots: [],
		imageExports: [],
		storeImageTasks: [],
		discoveryImports: [],
	};
	const amis: string[] = [];
	for (let number = 1; number <= tasks; number++) {
		const startMs = Math.round(random.between(-0.25 * spanMs, spanMs));
		const name = `${random.pick(servers).split('-')[0]}-${String(number).padStart(5, '0')}`;
		const kind = random.next();
		if (kind < 0.55) {
			const {format, extension} = pickFormat(random);
			const ending = outcome(random, 0.06, 0.02);
			const encrypted = random.chance(0.3);
			const stalls = ending === 'completed' && random.chance(0.02);
			const durationMs = logUniform(random, 10 * minute, 3 * hour);
			scenario.importSnapshots.push({
				id: ids.importSnapshot(random),
				snapshotId: ids.snapshot(random),
				description: `${name} root disk (${format})`,
				tags: nameTags(name),
				format,
				sizeBytes: diskBytes(random, 8, 400),
				encrypted,
				kmsKeyId: encrypted ? accountKmsKey : undefined,
				bucket: importBucket,
				key: `vms/${name}/${name}.${extension}`,
				startMs,
				durationMs: stalls ? durationMs * 2 : durationMs,
				stall: stalls ? {atProgress: random.int(30, 80), forMs: durationMs} : undefined,
				outcome: ending,
				stopAt: ending === 'completed' ? 100 : random.int(5, 60),
				message: ending === 'failed' ? random.pick(importFailures) : undefined,
			});
		} else if (kind < 0.7) {
			const ending = outcome(random, 0.03, 0.04);
			const imageId = ids.ami(random);
			amis.push(imageId);
			scenario.imageExports.push({
				id: ids.imageExport(random),
				imageId,
				description: `Export of ${name}`,
				tags: nameTags(`${name}-export`),
				bucket: exportBucket,
				prefix: `exports/${name}/`,
				startMs,
				durationMs: logUniform(random, 10 * minute, 90 * minute),
				outcome: ending,
				stopAt: ending === 'completed' ? 100 : random.int(5, 80),
				message: ending === 'failed' ? 'ClientError: Insufficient permissions to write to the S3 bucket' : undefined,
			});
		} else if (kind < 0.9) {
			// Some AMIs get stored twice, so "latest task per AMI" has work to do.
			const amiId = amis.length > 0 && random.chance(0.1) ? random.pick(amis) : ids.ami(random);
			amis.push(amiId);
			const failed = random.chance(0.05);
			scenario.storeImageTasks.push({
				amiId,
				bucket: storeBucket,
				objectKey: `${amiId}.bin`,
				startMs,
				durationMs: logUniform(random, 5 * minute, hour),
				outcome: failed ? 'failed' : 'completed',
				stopAt: failed ? random.int(0, 90) : 100,
				failureReason: failed ? random.pick(storeFailures) : undefined,
			});
		} else {
			let roll = random.next();
			const ending = discoveryEndings.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'IMPORT_COMPLETE';
			const failedImport = ending.startsWith('IMPORT_FAILED');
			const serverCount = failedImport ? 0 : random.int(10, 2000);
			const withErrors = ending === 'IMPORT_COMPLETE_WITH_ERRORS';
			scenario.discoveryImports.push({
				id: ids.discoveryImport(random),
				clientRequestToken: random.uuid(),
				name: `inventory-${name}`,
				importUrl: `s3://${discoveryBucket}/inventory/${name}.csv`,
				fileClassification: failedImport && ending.endsWith('FILE_TYPE') ? undefined : random.pick(classifications),
				startMs,
				durationMs: logUniform(random, minute, 20 * minute),
				outcome: ending,
				serverImportSuccess: serverCount,
				serverImportFailure: withErrors ? random.int(1, 50) : 0,
				applicationImportSuccess: failedImport ? 0 : random.int(0, 100),
				applicationImportFailure: withErrors ? random.int(0, 5) : 0,
			});
		}
	}
	return scenario;
}
