// A DescribeImportTasks body checked the way the service checks it: JSON shape, maxResults range, filter names and values.
import type {DescribeImportTasksRequest, ImportTaskFilter} from '../../../aws/discovery/types.js';
import {ImportTaskFilterName} from '../../../aws/discovery/types.js';
import {discoveryErrors} from './errors.js';

const filterNames = Object.values(ImportTaskFilterName) as string[];
export const maxResultsRange = [1, 100] as const;

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
