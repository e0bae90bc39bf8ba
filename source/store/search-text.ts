// What the search box matches for a task, lower-cased once per Task object (tasks keep their identity
// across polls, so typing in the search box over 50,000 tasks does not rebuild 50,000 strings).
import {unpackRecord} from '../model/packed-record.js';
import type {Task} from '../model/task.js';

const cache = new WeakMap<Task, string>();

export function searchText(task: Task): string {
	let text = cache.get(task);
	if (text === undefined) {
		text = fields(task)
			.filter((field) => field !== undefined && field !== '')
			.join('\n')
			.toLowerCase();
		cache.set(task, text);
	}
	return text;
}

function fields(task: Task): Array<string | undefined> {
	const common = [task.id, task.name, task.status, task.message, task.location, task.resourceId];
	switch (task.kind) {
		case 'import-snapshot': {
			const raw = unpackRecord(task.raw);
			const detail = raw.SnapshotTaskDetail;
			return [...common, raw.Description, detail?.Description, detail?.UserBucket?.S3Bucket, detail?.SnapshotId, detail?.Url];
		}
		case 'export-image': {
			const raw = unpackRecord(task.raw);
			return [...common, raw.Description, raw.ImageId, raw.S3ExportLocation?.S3Bucket];
		}
		case 'store-image': {
			const raw = unpackRecord(task.raw);
			return [...common, raw.AmiId, raw.Bucket, raw.S3objectKey, raw.StoreTaskFailureReason];
		}
		case 'discovery-import': {
			const raw = unpackRecord(task.raw);
			return [...common, raw.importUrl, raw.fileClassification];
		}
	}
}

/** Every whitespace-separated term must occur (case-insensitive). */
export function searchTerms(search: string): readonly string[] {
	return search.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(task: Task, terms: readonly string[]): boolean {
	if (terms.length === 0) return true;
	const text = searchText(task);
	return terms.every((term) => text.includes(term));
}
