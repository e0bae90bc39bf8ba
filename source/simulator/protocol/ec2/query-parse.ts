// EC2 Query requests: the form body (and any URL query) read as a SET of keys, since clients do not keep an order
// (the SDK paginator sends NextToken before MaxResults), then checked per operation the way EC2 checks them.
import {ApiError} from '../api-error.js';

export const ec2Operations = ['DescribeImportSnapshotTasks', 'DescribeExportImageTasks', 'DescribeStoreImageTasks'] as const;
export type Ec2Operation = (typeof ec2Operations)[number];

export function isEc2Operation(action: string): action is Ec2Operation {
	return (ec2Operations as readonly string[]).includes(action);
}

export type Ec2Filter = {name: string; values: string[]};

export type Ec2Request = {
	action: Ec2Operation;
	dryRun: boolean;
	/** ImportTaskId.N / ExportImageTaskId.N / ImageId.N in index order. */
	ids: string[];
	filters: Ec2Filter[];
	maxResults?: number | undefined;
	nextToken?: string | undefined;
};

type OperationShape = {idKey: string; filterKey: string; maxResults: readonly [number, number]; filterNames: readonly string[]; maxIds?: number};

// Wire keys per operation. Import snapshot filters are `Filters.N` (its member has no locationName),
// the other two use `Filter.N`. Import snapshot documents no filter names; `task-state` is what import tasks use.
export const operationShapes: Record<Ec2Operation, OperationShape> = {
	DescribeImportSnapshotTasks: {idKey: 'ImportTaskId', filterKey: 'Filters', maxResults: [1, 1000], filterNames: ['task-state']},
	DescribeExportImageTasks: {idKey: 'ExportImageTaskId', filterKey: 'Filter', maxResults: [1, 500], filterNames: ['task-state']},
	DescribeStoreImageTasks: {idKey: 'ImageId', filterKey: 'Filter', maxResults: [1, 200], filterNames: ['task-state', 'bucket'], maxIds: 20},
};

/** Form keys from the URL query and an urlencoded body (body wins on duplicates). */
export function readForm(query: URLSearchParams, body: string, contentType: string | undefined): Map<string, string> {
	const form = new Map<string, string>(query);
	// "application/x-www-form-urlencoded" with or without "; charset=utf-8" (botocore adds it, the SDK does not).
	if (body && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? '')) {
		for (const [key, value] of new URLSearchParams(body)) form.set(key, value);
	}
	return form;
}

function invalidValue(message: string): ApiError {
	return new ApiError(400, 'InvalidParameterValue', message);
}

function listed(entries: Map<number, string>): string[] {
	return [...entries.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
}

export function parseEc2Request(action: Ec2Operation, form: ReadonlyMap<string, string>): Ec2Request {
	const shape = operationShapes[action];
	const idPattern = new RegExp(`^${shape.idKey}\\.(\\d+)$`);
	const filterPattern = new RegExp(`^${shape.filterKey}\\.(\\d+)\\.(Name|Value\\.(\\d+))$`);
	const ids = new Map<number, string>();
	const filters = new Map<number, {name?: string; values: Map<number, string>}>();
	const request: Ec2Request = {action, dryRun: false, ids: [], filters: []};

	for (const [key, value] of form) {
		const id = idPattern.exec(key);
		const filter = id ? null : filterPattern.exec(key);
		if (id) ids.set(Number(id[1]), value);
		else if (filter) {
			const entry = filters.get(Number(filter[1])) ?? {values: new Map<number, string>()};
			if (filter[2] === 'Name') entry.name = value;
			else entry.values.set(Number(filter[3]), value);
			filters.set(Number(filter[1]), entry);
		} else if (key === 'DryRun') {
			if (value !== 'true' && value !== 'false') throw invalidValue(`Invalid value '${value}' for DryRun. Expecting a boolean.`);
			request.dryRun = value === 'true';
		} else if (key === 'MaxResults') {
			request.maxResults = parseMaxResults(value, shape.maxResults);
		} else if (key === 'NextToken') {
			request.nextToken = value === '' ? undefined : value; // an empty token asks for the first page
		} else if (key !== 'Action' && key !== 'Version') {
			// EC2 rejects parameters the operation does not have, e.g. `Filter.1.Name` sent to DescribeImportSnapshotTasks.
			throw new ApiError(400, 'UnknownParameter', `The parameter ${key} is not recognized`);
		}
	}

	request.ids = listed(ids);
	request.filters = [...filters.entries()]
		.sort(([a], [b]) => a - b)
		.map(([index, entry]) => {
			if (entry.name === undefined) throw new ApiError(400, 'MissingParameter', `The request must contain the parameter ${shape.filterKey}.${index}.Name`);
			return {name: entry.name, values: listed(entry.values)};
		});

	if (shape.maxIds !== undefined && request.ids.length > shape.maxIds) {
		// Documented limit ("up to 20"); the code and wording of the real rejection are a guess.
		throw invalidValue(`The maximum number of ${shape.idKey} values is ${shape.maxIds}; the request has ${request.ids.length}.`);
	}
	if (action === 'DescribeStoreImageTasks' && request.ids.length > 0) {
		// Documented as not allowed together; the error code is a guess.
		if (request.maxResults !== undefined) {
			throw new ApiError(400, 'InvalidParameterCombination', 'The parameter MaxResults cannot be used with the parameter ImageIds.');
		}
		request.filters = []; // "Filters are ignored when ImageIds is given."
	}
	for (const filter of request.filters) {
		if (!shape.filterNames.includes(filter.name)) throw invalidValue(`The filter '${filter.name}' is invalid`);
	}
	return request;
}

function parseMaxResults(value: string, [min, max]: readonly [number, number]): number {
	const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(number)) throw invalidValue(`Invalid value '${value}' for MaxResults. Expecting an integer.`);
	if (number < min || number > max) {
		throw invalidValue(`Value ( ${number} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`);
	}
	return number;
}
