// Realistic building blocks shared by the demo cutover and the large generator: ids, names, sizes, messages.
import type {Tag} from '@aws-sdk/client-ec2';
import type {Random} from './random.js';

export const ids = {
	importSnapshot: (random: Random) => `import-snap-${random.hex(17)}`,
	snapshot: (random: Random) => `snap-${random.hex(17)}`,
	imageExport: (random: Random) => `export-ami-${random.hex(17)}`,
	ami: (random: Random) => `ami-${random.hex(17)}`,
	discoveryImport: (random: Random) => `import-task-${random.hex(32)}`,
};

export const gib = 1024 ** 3;
export const second = 1000;
export const minute = 60 * second;
export const hour = 60 * minute;

export const importBucket = 'cutover-vm-imports';
export const exportBucket = 'cutover-vm-exports';
export const storeBucket = 'cutover-ami-store';
export const discoveryBucket = 'cutover-discovery-imports';
export const accountKmsKey = 'arn:aws:kms:us-east-1:111122223333:key/5c6d8e3a-9f21-4b7e-a1c4-2f0d7e9b6a13';

export const servers = [
	'web-01',
	'web-02',
	'web-03',
	'web-04',
	'app-01',
	'app-02',
	'app-03',
	'db-01',
	'db-02',
	'cache-01',
	'mq-01',
	'batch-01',
	'files-01',
	'ldap-01',
	'mon-01',
	'erp-01',
	'erp-02',
	'crm-01',
	'mail-01',
	'proxy-01',
	'etl-01',
	'report-01',
	'build-01',
	'jump-01',
] as const;

export const formats = [
	{format: 'VMDK', extension: 'vmdk', weight: 0.6},
	{format: 'VHD', extension: 'vhd', weight: 0.25},
	{format: 'RAW', extension: 'raw', weight: 0.15},
] as const;

export function pickFormat(random: Random): (typeof formats)[number] {
	let roll = random.next();
	for (const entry of formats) {
		roll -= entry.weight;
		if (roll < 0) return entry;
	}
	return formats[0];
}

/** StatusMessage of failed snapshot imports, as AWS words them. */
export const importFailures = [
	'ClientError: Disk validation failed [Unsupported specified file format]',
	'ClientError: Unsupported kernel version 2.6.32-754.35.1.el6.x86_64',
	'ClientError: Disk validation failed [Invalid S3 source location]',
] as const;

export const storeFailures = [
	'Access denied to bucket cutover-bucket',
	'The AMI contains a snapshot that is encrypted with a KMS key that you cannot access',
] as const;

export function nameTags(name: string, extra: Record<string, string> = {}): Tag[] {
	return [{Key: 'Name', Value: name}, ...Object.entries(extra).map(([Key, Value]) => ({Key, Value}))];
}

/** Integral bytes in [minGib, maxGib] GiB, rounded to whole MiB like real disk images. */
export function diskBytes(random: Random, minGib: number, maxGib: number): number {
	return Math.round(random.between(minGib, maxGib) * 1024) * 1024 * 1024;
}
