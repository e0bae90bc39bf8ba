// Filters applied on our side where the service would ignore them: EC2 filters with ImageIds (store tasks)
// and Discovery filters next to a STATUS filter. Semantics follow the APIs: filters AND together, the values
// of one filter OR together, exact and case-sensitive matches.
import type {Filter} from '@aws-sdk/client-ec2';
import type {ImportTask, ImportTaskFilter} from '../aws/discovery/types.js';

/** `fieldOf` returns the record's value for a filter name, or null for a name it does not know. */
export function matchesEc2Filters<T>(record: T, filters: readonly Filter[], fieldOf: (name: string, record: T) => string | undefined | null): boolean {
	return filters.every((filter) => {
		const value = filter.Name === undefined ? null : fieldOf(filter.Name, record);
		// Unknown names and empty value lists cannot be evaluated locally; they do not narrow the list.
		if (value === null || !filter.Values?.length) return true;
		return value !== undefined && filter.Values.includes(value);
	});
}

const discoveryFields: Record<string, (task: ImportTask) => string | undefined> = {
	IMPORT_TASK_ID: (task) => task.importTaskId,
	STATUS: (task) => task.status,
	NAME: (task) => task.name,
	FILE_CLASSIFICATION: (task) => task.fileClassification,
};

export function matchesDiscoveryFilters(task: ImportTask, filters: readonly ImportTaskFilter[]): boolean {
	return filters.every((filter) => {
		const field = filter.name === undefined ? undefined : discoveryFields[filter.name];
		if (field === undefined || !filter.values?.length) return true;
		const value = field(task);
		return value !== undefined && filter.values.includes(value);
	});
}
