// DescribeImportTasks over the scenario: filters (with the STATUS-filter quirk), pagination and listing order.
import type {DescribeImportTasksRequest, DescribeImportTasksResponse, ImportTask} from '../../../aws/discovery/types.js';
import {decodePageToken, encodePageToken} from '../page-token.js';
import {createdPrefix, scanPage, type TaskIndex} from '../task-index.js';
import {discoveryImportView, type SimTime} from '../task-views.js';
import {discoveryErrors} from './errors.js';
import {discoveryOperation} from './json.js';
import {maxResultsRange} from './request-parse.js';

const fields: Record<string, (task: ImportTask) => string | undefined> = {
	IMPORT_TASK_ID: (task) => task.importTaskId,
	STATUS: (task) => task.status,
	NAME: (task) => task.name,
	FILE_CLASSIFICATION: (task) => task.fileClassification,
};

export function describeImportTasks(request: DescribeImportTasksRequest, index: TaskIndex, time: SimTime): DescribeImportTasksResponse {
	let filters = request.filters ?? [];
	// "When filtering by import status, all other filter values are ignored."
	if (filters.some((filter) => filter.name === 'STATUS')) filters = filters.filter((filter) => filter.name === 'STATUS');
	const accept = (task: ImportTask): boolean =>
		filters.every((filter) => {
			const value = fields[filter.name ?? '']?.(task);
			return value !== undefined && (filter.values ?? []).includes(value);
		});
	let from = 0;
	if (request.nextToken !== undefined) {
		const position = decodePageToken(request.nextToken, discoveryOperation, index.fingerprint);
		if (position === undefined) throw discoveryErrors.invalidValue('The nextToken is not valid.');
		from = position;
	}
	const specs = index.discoveryImports;
	const retention = index.scenario.retention.discoveryImportMs;
	const size = request.maxResults ?? maxResultsRange[1];
	const page = scanPage(specs, from, createdPrefix(specs, time.nowMs), size, (spec) => discoveryImportView(spec, time, retention), accept);
	return {tasks: page.items, nextToken: page.next === undefined ? undefined : encodePageToken(discoveryOperation, page.next, index.fingerprint)};
}
