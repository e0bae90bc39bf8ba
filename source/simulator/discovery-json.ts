// Application Discovery Service DescribeImportTasks over awsJson1_1: request validation, the
// STATUS-filter quirk, pagination, epoch-second timestamps and the {"__type","message"} error body.
import type {DescribeImportTasksRequest, DescribeImportTasksResponse, ImportTask, ImportTaskFilter} from '../aws/discovery/types.js';
import {ImportTaskFilterName} from '../aws/discovery/types.js';
import {ApiError} from './api-error.js';
import {signatureMismatchMessage} from './ec2-errors.js';
import {decodePageToken, encodePageToken} from './page-token.js';
import {createdPrefix, scanPage, type TaskIndex} from './task-index.js';
import {discoveryImportView, type SimTime} from './task-views.js';

export const discoveryTargetPrefix = 'AWSPoseidonService_V2015_11_01';
export const discoveryOperation = 'DescribeImportTasks';
export const discoveryTarget = `${discoveryTargetPrefix}.${discoveryOperation}`;
export const discoveryContentType = 'application/x-amz-json-1.1';

const filterNames = Object.values(ImportTaskFilterName) as string[];
const maxResultsRange = [1, 100] as const;

// Client errors are 400 (no httpError in the model); codes not modeled for this operation are marked.
export const discoveryErrors = {
	throttled: () => new ApiError(400, 'ThrottlingException', 'Rate exceeded'),
	internal: () => new ApiError(500, 'ServerInternalErrorException', 'An internal error occurred. Please try again later.'),
	unauthorized: () => new ApiError(400, 'AuthorizationErrorException', 'User is not authorized to perform discovery:DescribeImportTasks.'),
	homeRegionNotSet: () => new ApiError(400, 'HomeRegionNotSetException', 'The home region is not set. Set a home region to continue.'),
	// Not modeled; the generic code JSON services send for expired session credentials.
	expired: () => new ApiError(400, 'ExpiredTokenException', 'The security token included in the request is expired'),
	// Generic AWS JSON (Coral) errors; not modeled by ADS.
	unknownOperation: () => new ApiError(400, 'UnknownOperationException', 'The requested operation is not recognized by the service.'),
	missingAuthentication: () => new ApiError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token'),
	incompleteSignature: (detail: string) => new ApiError(400, 'IncompleteSignatureException', detail),
	// What an AWS endpoint answers a request signed for a region it does not serve. (Against AWS itself the
	// request never leaves: there is no discovery.<region> host to resolve. A loopback server cannot fail DNS.)
	regionNotServed: (region: string) =>
		new ApiError(
			400,
			'InvalidSignatureException',
			`Credential should be scoped to a valid region, not '${region}'. Application Discovery Service is not available in ${region}.`,
		),
	invalidSignature: () => new ApiError(400, 'InvalidSignatureException', signatureMismatchMessage),
	serialization: (detail: string) => new ApiError(400, 'SerializationException', detail),
	invalidValue: (detail: string) => new ApiError(400, 'InvalidParameterValueException', detail),
};

/** Parses and validates the body. Unknown members are ignored, as JSON services do. */
export function parseDiscoveryRequest(body: string): DescribeImportTasksRequest {
	let input: unknown;
	try {
		input = body.trim() === '' ? {} : JSON.parse(body);
	} catch {
		throw discoveryErrors.serialization('The request body is not valid JSON.');
	}
	if (typeof input !== 'object' || input === null || Array.isArray(input)) throw discoveryErrors.serialization('The request body must be a JSON object.');
	const {filters, maxResults, nextToken} = input as Record<string, unknown>;
	const request: DescribeImportTasksRequest = {};
	if (maxResults !== undefined && maxResults !== null) {
		if (typeof maxResults !== 'number' || !Number.isInteger(maxResults)) throw discoveryErrors.serialization('maxResults must be an integer.');
		if (maxResults < maxResultsRange[0] || maxResults > maxResultsRange[1]) {
			const [min, max] = maxResultsRange;
			throw discoveryErrors.invalidValue(
				`Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
			);
		}
		request.maxResults = maxResults;
	}
	if (nextToken !== undefined && nextToken !== null) {
		if (typeof nextToken !== 'string') throw discoveryErrors.serialization('nextToken must be a string.');
		if (nextToken !== '') request.nextToken = nextToken;
	}
	if (filters !== undefined && filters !== null) {
		if (!Array.isArray(filters)) throw discoveryErrors.serialization('filters must be a list.');
		request.filters = filters.map((filter: unknown, position) => parseFilter(filter, position + 1));
	}
	return request;
}

function parseFilter(filter: unknown, position: number): ImportTaskFilter {
	const where = `filters.${position}.member`;
	if (typeof filter !== 'object' || filter === null) throw discoveryErrors.serialization(`${where} must be an object.`);
	const {name, values} = filter as Record<string, unknown>;
	if (typeof name !== 'string' || !filterNames.includes(name)) {
		throw discoveryErrors.invalidValue(
			`Value '${String(name)}' at '${where}.name' failed to satisfy constraint: Member must satisfy enum value set: [${filterNames.join(', ')}]`,
		);
	}
	if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
		throw discoveryErrors.serialization(`${where}.values must be a list of strings.`);
	}
	if (values.length < 1 || values.length > 100) {
		throw discoveryErrors.invalidValue(`Value at '${where}.values' failed to satisfy constraint: Member must have length between 1 and 100`);
	}
	if ((values as string[]).some((value) => value.length < 1 || value.length > 255)) {
		throw discoveryErrors.invalidValue(`Value at '${where}.values' failed to satisfy constraint: each value must have length between 1 and 255`);
	}
	return {name: name as ImportTaskFilter['name'], values: values as string[]};
}

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

/** awsJson timestamps are epoch seconds as (possibly fractional) numbers. */
export function discoveryResponseJson(response: DescribeImportTasksResponse): string {
	// Date#toJSON runs before a replacer sees the value, so look at the raw property instead.
	return JSON.stringify(response, function (this: Record<string, unknown>, key: string, value: unknown) {
		const raw = this[key];
		return raw instanceof Date ? raw.getTime() / 1000 : value;
	});
}

export function discoveryErrorJson(error: ApiError): string {
	return JSON.stringify({__type: error.code, message: error.message});
}
