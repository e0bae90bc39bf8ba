// The three EC2 Describe operations over the scenario: id selection, filters, pagination and ordering as AWS
// documents them. Results are the SDK's own output shapes; xml.ts turns them into XML.
import type {
	DescribeExportImageTasksResult,
	DescribeImportSnapshotTasksResult,
	DescribeStoreImageTasksResult,
	ExportImageTask,
	ImportSnapshotTask,
	StoreImageTaskResult,
} from '@aws-sdk/client-ec2';
import {ApiError} from '../api-error.js';
import {ec2Errors} from './errors.js';
import {operationShapes, type Ec2Filter, type Ec2Request} from './query-parse.js';
import {decodePageToken, encodePageToken} from '../page-token.js';
import {createdPrefix, createdSuffixStart, scanPage, type Page, type TaskIndex} from '../task-index.js';
import {imageExportView, importSnapshotView, storeImageView, type SimTime} from '../task-views.js';

type Accessors<T> = Record<string, (item: T) => string | undefined>;

function matcher<T>(filters: readonly Ec2Filter[], fields: Accessors<T>): (item: T) => boolean {
	if (filters.length === 0) return () => true;
	// Filters AND together; the values of one filter OR together.
	return (item) =>
		filters.every((filter) => {
			const value = fields[filter.name]?.(item);
			return value !== undefined && filter.values.includes(value);
		});
}

/** Page position from NextToken; the token is bound to the operation and, for id lookups, to the id list. */
function startFrom(request: Ec2Request, scope: string, index: TaskIndex): number | undefined {
	if (request.nextToken === undefined) return undefined;
	const position = decodePageToken(request.nextToken, scope, index.fingerprint);
	if (position === undefined) throw ec2Errors.invalidToken();
	return position;
}

function tokenScope(request: Ec2Request): string {
	return request.ids.length === 0 ? request.action : `${request.action}:${request.ids.join(',')}`;
}

function pageSize(request: Ec2Request): number {
	// Without MaxResults a page holds the operation's maximum (so huge scenarios still paginate).
	return request.maxResults ?? operationShapes[request.action].maxResults[1];
}

function nextToken<T>(page: Page<T>, scope: string, index: TaskIndex): string | undefined {
	return page.next === undefined ? undefined : encodePageToken(scope, page.next, index.fingerprint);
}

function unique(ids: readonly string[]): string[] {
	return [...new Set(ids)];
}

export function describeImportSnapshotTasks(request: Ec2Request, index: TaskIndex, time: SimTime): DescribeImportSnapshotTasksResult {
	const retention = index.scenario.retention.importSnapshotMs;
	const accept = matcher<ImportSnapshotTask>(request.filters, {'task-state': (task) => task.SnapshotTaskDetail?.Status});
	const scope = tokenScope(request);
	const from = startFrom(request, scope, index) ?? 0;
	let page: Page<ImportSnapshotTask>;
	if (request.ids.length > 0) {
		// An id that does not exist (or has aged out) is an error, not an empty answer: nodepool treats
		// InvalidConversionTaskId.Malformed as "the task no longer exists". The message text is a guess.
		const tasks = unique(request.ids).map((id) => {
			const spec = index.importSnapshotById.get(id);
			const task = spec && importSnapshotView(spec, time, retention);
			if (!task) throw new ApiError(400, 'InvalidConversionTaskId.Malformed', `The import task ID '${id}' is not valid.`);
			return task;
		});
		page = scanPage(tasks, from, tasks.length, pageSize(request), (task) => task, accept);
	} else {
		const specs = index.importSnapshots;
		page = scanPage(specs, from, createdPrefix(specs, time.nowMs), pageSize(request), (spec) => importSnapshotView(spec, time, retention), accept);
	}
	return {ImportSnapshotTasks: page.items, NextToken: nextToken(page, scope, index)};
}

export function describeExportImageTasks(request: Ec2Request, index: TaskIndex, time: SimTime): DescribeExportImageTasksResult {
	const retention = index.scenario.retention.imageExportMs;
	const accept = matcher<ExportImageTask>(request.filters, {'task-state': (task) => task.Status});
	const scope = tokenScope(request);
	const from = startFrom(request, scope, index) ?? 0;
	const view = (spec: Parameters<typeof imageExportView>[0]) => imageExportView(spec, time, retention);
	let page: Page<ExportImageTask>;
	if (request.ids.length > 0) {
		// Unknown export ids are left out of the answer (no capture of the real behaviour exists).
		const specs = unique(request.ids).flatMap((id) => index.imageExportById.get(id) ?? []);
		page = scanPage(specs, from, specs.length, pageSize(request), view, accept);
	} else {
		const specs = index.imageExports;
		page = scanPage(specs, from, createdPrefix(specs, time.nowMs), pageSize(request), view, accept);
	}
	return {ExportImageTasks: page.items, NextToken: nextToken(page, scope, index)};
}

const amiIdPattern = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;

export function describeStoreImageTasks(request: Ec2Request, index: TaskIndex, time: SimTime): DescribeStoreImageTasksResult {
	const retention = index.scenario.retention.storeImageMs;
	if (request.ids.length > 0) {
		// With ImageIds: filters are ignored, no pagination, and only the latest task of each AMI comes back.
		const results: StoreImageTaskResult[] = [];
		for (const amiId of unique(request.ids)) {
			if (!amiIdPattern.test(amiId)) throw new ApiError(400, 'InvalidAMIID.Malformed', `Invalid id: "${amiId}" (expecting "ami-...")`);
			for (const spec of index.storeImageByAmi.get(amiId) ?? []) {
				const result = storeImageView(spec, time, retention, true);
				if (result) {
					results.push(result);
					break;
				}
			}
		}
		return {StoreImageTaskResults: results};
	}
	const accept = matcher<StoreImageTaskResult>(request.filters, {
		'task-state': (result) => result.StoreTaskState,
		bucket: (result) => result.Bucket,
	});
	const scope = tokenScope(request);
	const specs = index.storeImageTasks; // newest first: "Tasks are listed in reverse chronological order."
	const from = Math.max(startFrom(request, scope, index) ?? 0, createdSuffixStart(specs, time.nowMs));
	const page = scanPage(specs, from, specs.length, pageSize(request), (spec) => storeImageView(spec, time, retention), accept);
	return {StoreImageTaskResults: page.items, NextToken: nextToken(page, scope, index)};
}
