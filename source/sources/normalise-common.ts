// Small pure helpers the four normalisers share: progress parsing, tag lookup, S3 locations.
import type {Tag} from '@aws-sdk/client-ec2';

/**
 * Progress as a 0-100 number. Import/export send a STRING percent (parseInt, so "42" and "42%" both read
 * 42); store sends an integer. Anything that is not a number gives undefined rather than a wrong gauge.
 */
export function parseProgress(value: string | number | undefined): number | undefined {
	const parsed = typeof value === 'string' ? Number.parseInt(value, 10) : value;
	if (parsed === undefined || !Number.isFinite(parsed)) return undefined;
	return Math.min(100, Math.max(0, parsed));
}

export function tagValue(tags: readonly Tag[] | undefined, key: string): string | undefined {
	return tags?.find((tag) => tag.Key === key)?.Value;
}

/** The first value that is a non-blank string. */
export function firstText(...values: Array<string | undefined>): string | undefined {
	return values.find((value) => value !== undefined && value.trim() !== '');
}

/** s3://bucket/key-or-prefix; undefined without a bucket. */
export function s3Location(bucket: string | undefined, keyOrPrefix: string | undefined): string | undefined {
	if (!bucket) return undefined;
	// One flat string (join), not a chain of cons strings: it is kept for every task.
	return ['s3://', bucket, '/', (keyOrPrefix ?? '').replace(/^\/+/, '')].join('');
}
