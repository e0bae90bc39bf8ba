// The demo cutover behind `cutwatch --demo` and `cutwatch simulate`: a weekend migration seen mid-flight. At speed 1
// something moves within seconds and everything settles in about ten minutes; finished tasks stay listed.
// Every choice comes from the seeded random stream, in a fixed order, so a seed always replays the same cutover.
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
	second,
	storeBucket,
	storeFailures,
} from './parts.js';
import {
	defaultRetention,
	type DiscoveryImportSpec,
	type ImageExportSpec,
	type ImportSnapshotSpec,
	type Scenario,
	type StoreImageSpec,
	type TaskOutcome,
} from './model.js';
import type {Stall} from './timeline.js';

type DiskPlan = {
	name: string;
	wave: string;
	startMs: number;
	durationMs: number;
	data?: boolean;
	outcome?: TaskOutcome;
	stopAt?: number;
	message?: string;
	stall?: Stall;
};

const jitter = (random: Random, ms: number, share: number): number => Math.round(ms * random.between(1 - share, 1 + share));

// Wave 1 finished before the simulator started; wave 2 is running now; wave 3 starts during the first minutes.
const diskPlans: DiskPlan[] = [
	...['web-01', 'web-02', 'app-01', 'ldap-01', 'mon-01', 'jump-01', 'proxy-01', 'mail-01'].map((name, position) => ({
		name,
		wave: 'wave-1',
		startMs: -(5 * hour) + position * 25 * minute,
		durationMs: 35 * minute,
	})),
	{name: 'build-01', wave: 'wave-1', startMs: -2 * hour, durationMs: 4 * minute, outcome: 'failed', stopAt: 8, message: importFailures[0]},
	{name: 'db-01', wave: 'wave-2', startMs: -4 * minute, durationMs: 7 * minute},
	{name: 'db-01', wave: 'wave-2', startMs: -4 * minute, durationMs: 8 * minute, data: true},
	{name: 'app-02', wave: 'wave-2', startMs: -3 * minute, durationMs: 5 * minute},
	{name: 'web-03', wave: 'wave-2', startMs: -2 * minute, durationMs: 4 * minute},
	{name: 'cache-01', wave: 'wave-2', startMs: -1 * minute, durationMs: 3 * minute},
	// Stalls at 47% for six minutes: what a "stalled" detector should flag, most visibly at higher speeds.
	{name: 'files-01', wave: 'wave-2', startMs: 15 * second, durationMs: 9 * minute, data: true, stall: {atProgress: 47, forMs: 6 * minute}},
	{name: 'web-04', wave: 'wave-3', startMs: 5 * second, durationMs: 2 * minute},
	{name: 'app-03', wave: 'wave-3', startMs: 20 * second, durationMs: 3 * minute},
	{name: 'db-02', wave: 'wave-3', startMs: 30 * second, durationMs: 5 * minute},
	{name: 'db-02', wave: 'wave-3', startMs: 35 * second, durationMs: 6 * minute, data: true},
	{name: 'mq-01', wave: 'wave-3', startMs: 40 * second, durationMs: 4 * minute, outcome: 'cancelled', stopAt: 35},
	{name: 'batch-01', wave: 'wave-3', startMs: 50 * second, durationMs: 70 * second, outcome: 'failed', stopAt: 12, message: importFailures[1]},
	{name: 'erp-01', wave: 'wave-3', startMs: 75 * second, durationMs: 5 * minute},
	{name: 'erp-01', wave: 'wave-3', startMs: 80 * second, durationMs: 7 * minute, data: true},
	{name: 'erp-02', wave: 'wave-3', startMs: 2 * minute, durationMs: 4 * minute},
	{name: 'crm-01', wave: 'wave-3', startMs: 150 * second, durationMs: 3 * minute},
	{name: 'etl-01', wave: 'wave-3', startMs: 3 * minute, durationMs: 90 * second, outcome: 'failed', stopAt: 17, message: importFailures[2]},
	{name: 'report-01', wave: 'wave-3', startMs: 200 * second, durationMs: 4 * minute},
	{name: 'web-01', wave: 'wave-3', startMs: 4 * minute, durationMs: 3 * minute, data: true},
	{name: 'web-02', wave: 'wave-3', startMs: 270 * second, durationMs: 3 * minute, data: true},
	{name: 'app-01', wave: 'wave-3', startMs: 5 * minute, durationMs: 4 * minute, data: true},
	{name: 'app-02', wave: 'wave-3', startMs: 330 * second, durationMs: 3 * minute, data: true},
	{name: 'mon-01', wave: 'wave-3', startMs: 6 * minute, durationMs: 3 * minute, data: true},
	{name: 'files-01', wave: 'wave-3', startMs: 400 * second, durationMs: 150 * second},
];

function importSnapshots(random: Random): ImportSnapshotSpec[] {
	return diskPlans.map((plan) => {
		const {format, extension} = pickFormat(random);
		const disk = plan.data ? 'data disk' : 'root disk';
		const encrypted = random.chance(1 / 3);
		const live = plan.startMs > -10 * minute; // keep the live arc on its designed schedule, jitter the history
		return {
			id: ids.importSnapshot(random),
			snapshotId: ids.snapshot(random),
			description: `${plan.name} ${disk} (${format}) - ${plan.wave}`,
			tags: nameTags(plan.data ? `${plan.name} data disk` : plan.name, {wave: plan.wave}),
			format,
			sizeBytes: plan.data ? diskBytes(random, 100, 500) : diskBytes(random, 16, 80),
			encrypted,
			kmsKeyId: encrypted ? accountKmsKey : undefined,
			bucket: importBucket,
			key: `vms/${plan.name}/${plan.name}-${plan.data ? 'data' : 'root'}.${extension}`,
			startMs: live ? plan.startMs : jitter(random, plan.startMs, 0.1),
			durationMs: live ? plan.durationMs : jitter(random, plan.durationMs, 0.3),
			stall: plan.stall,
			outcome: plan.outcome ?? 'completed',
			stopAt: plan.stopAt ?? 100,
			message: plan.message,
		};
	});
}

function imageExports(random: Random): ImageExportSpec[] {
	const plans: Array<{name: string; startMs: number; durationMs: number; outcome?: TaskOutcome; stopAt?: number}> = [
		{name: 'web-01', startMs: -3 * hour, durationMs: 25 * minute},
		{name: 'ldap-01', startMs: -2 * hour, durationMs: 30 * minute},
		{name: 'app-01', startMs: -3 * minute, durationMs: 6 * minute},
		// Cancelled at 100 s simulated, deleted from 130 s: clear of the 150 s poll at --speed 10 (the README's example).
		{name: 'proxy-01', startMs: -80 * second, durationMs: 3 * minute, outcome: 'cancelled', stopAt: 28},
		{name: 'mon-01', startMs: 20 * second, durationMs: 5 * minute},
		{name: 'mail-01', startMs: 2 * minute, durationMs: 6 * minute},
	];
	return plans.map((plan) => ({
		id: ids.imageExport(random),
		imageId: ids.ami(random),
		description: `Export of ${plan.name} AMI for the DR copy`,
		tags: nameTags(`${plan.name}-export`, {team: 'platform'}),
		bucket: exportBucket,
		prefix: `exports/${plan.name}/`,
		startMs: plan.startMs,
		durationMs: plan.durationMs,
		outcome: plan.outcome ?? 'completed',
		stopAt: plan.stopAt ?? 100,
	}));
}

function storeImageTasks(random: Random): StoreImageSpec[] {
	const amis = Array.from({length: 8}, () => ids.ami(random));
	const plans: Array<{ami: number; startMs: number; durationMs: number; bucket?: string; failure?: string; stopAt?: number}> = [
		{ami: 0, startMs: -6 * hour, durationMs: 20 * minute},
		{ami: 1, startMs: -5 * hour, durationMs: 25 * minute},
		{ami: 2, startMs: -3 * hour, durationMs: 15 * minute},
		{ami: 3, startMs: -90 * minute, durationMs: 30 * minute},
		// Failed against the old bucket, then retried: a lookup by ImageId returns only the retry.
		{ami: 4, startMs: -50 * minute, durationMs: 2 * minute, bucket: 'cutover-bucket', failure: storeFailures[0], stopAt: 3},
		{ami: 4, startMs: 30 * second, durationMs: 4 * minute},
		{ami: 5, startMs: -2 * minute, durationMs: 5 * minute},
		{ami: 6, startMs: -90 * second, durationMs: 7 * minute},
		{ami: 7, startMs: 1 * minute, durationMs: 4 * minute},
		{ami: 1, startMs: 3 * minute, durationMs: 5 * minute},
	];
	return plans.map((plan) => {
		const amiId = amis[plan.ami]!;
		return {
			amiId,
			bucket: plan.bucket ?? storeBucket,
			objectKey: `${amiId}.bin`,
			startMs: plan.startMs,
			durationMs: jitter(random, plan.durationMs, 0.05),
			outcome: plan.failure ? 'failed' : 'completed',
			stopAt: plan.stopAt ?? 100,
			failureReason: plan.failure,
		};
	});
}

type DiscoveryPlan = Pick<DiscoveryImportSpec, 'name' | 'fileClassification' | 'startMs' | 'durationMs' | 'outcome'> & {
	file: string;
	/** serverImportSuccess, serverImportFailure, applicationImportSuccess, applicationImportFailure */
	records: readonly [number, number, number, number];
};

function discoveryImports(random: Random): DiscoveryImportSpec[] {
	// ADS processes imports one at a time, so a queued import stays IMPORT_IN_PROGRESS while it waits.
	const plans: DiscoveryPlan[] = [
		{
			name: 'rvtools-dc1-2024-05',
			file: 'rvtools/dc1-2024-05.xlsx',
			fileClassification: 'RVTOOLS_EXPORT',
			startMs: -3 * hour,
			durationMs: 4 * minute,
			outcome: 'IMPORT_COMPLETE',
			records: [412, 0, 0, 0],
		},
		{
			name: 'app-inventory-template',
			file: 'templates/app-inventory.csv',
			fileClassification: 'IMPORT_TEMPLATE',
			startMs: -2 * hour,
			durationMs: 6 * minute,
			outcome: 'IMPORT_COMPLETE_WITH_ERRORS',
			records: [188, 7, 12, 2],
		},
		{
			name: 'network-diagram',
			file: 'misc/network-diagram.vsdx',
			startMs: -40 * minute,
			durationMs: 30 * second,
			outcome: 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE',
			records: [0, 0, 0, 0],
		},
		{
			name: 'modelizeit-dc2',
			file: 'modelizeit/dc2-export.zip',
			fileClassification: 'MODELIZEIT_EXPORT',
			startMs: -1 * minute,
			durationMs: 4 * minute,
			outcome: 'IMPORT_COMPLETE',
			records: [97, 0, 23, 0],
		},
		{
			name: 'nsx-dc2-flows',
			file: 'nsx/dc2-flows.zip',
			fileClassification: 'VMWARE_NSX_EXPORT',
			startMs: 30 * second,
			durationMs: 390 * second,
			outcome: 'IMPORT_COMPLETE',
			records: [97, 0, 31, 0],
		},
	];
	return plans.map(({file, records, ...plan}) => ({
		...plan,
		id: ids.discoveryImport(random),
		clientRequestToken: random.uuid(),
		importUrl: `s3://${discoveryBucket}/${file}`,
		serverImportSuccess: records[0],
		serverImportFailure: records[1],
		applicationImportSuccess: records[2],
		applicationImportFailure: records[3],
	}));
}

export function buildCutoverScenario(seed: Seed = 1): Scenario {
	const random = createRandom(seed);
	return {
		name: 'demo cutover',
		description: 'A weekend data-centre cutover: wave 1 done, wave 2 converting, wave 3 starting.',
		retention: {...defaultRetention},
		importSnapshots: importSnapshots(random),
		imageExports: imageExports(random),
		storeImageTasks: storeImageTasks(random),
		discoveryImports: discoveryImports(random),
	};
}
