// What the search box matches for a task, lower-cased once per Task object (tasks keep their identity
// across polls, so typing in the search box over 50,000 tasks does not rebuild 50,000 strings).
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
			const detail = task.raw.SnapshotTaskDetail;
			return [...common, task.raw.Description, detail?.Description, detail?.UserBucket?.S3Bucket, detail?.SnapshotId, detail?.Url];
		}
		case 'export-image':
			return [...common, task.raw.Description, task.raw.ImageId, task.raw.S3ExportLocation?.S3Bucket];
		case 'store-image':
			return [...common, task.raw.AmiId, task.raw.Bucket, task.raw.S3objectKey, task.raw.StoreTaskFailureReason];
		case 'discovery-import':
			return [...common, task.raw.importUrl, task.raw.fileClassification];
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
