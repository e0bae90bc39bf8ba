// --status as AWS filters, where an API has an exact equivalent. Only one-shot reads use them: a continuous
// monitor filtered at the API would see a task leave the listing when it finishes and report it "gone"
// instead of "completed", so continuous modes fetch everything and filter locally.
import type {Filter} from '@aws-sdk/client-ec2';
import type {ImportTaskFilter} from '../aws/discovery/types.js';
import type {SelectableStatus} from '../config/config.js';
import type {Category} from '../model/task.js';
import type {Selection} from '../sources/index.js';

type ValuesByStatus = Partial<Record<SelectableStatus, readonly string[]>>;

// A status missing here has no API value that selects exactly it, so the whole filter falls back to local.
const exportStates: ValuesByStatus = {active: ['active'], completed: ['completed']};
const storeStates: ValuesByStatus = {active: ['InProgress'], completed: ['Completed'], failed: ['Failed']};
const discoveryStatuses: ValuesByStatus = {
	active: ['IMPORT_IN_PROGRESS', 'DELETE_IN_PROGRESS'],
	failed: [
		'IMPORT_FAILED',
		'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED',
		'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED',
		'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE',
		'IMPORT_COMPLETE_WITH_ERRORS',
		// A completed import with failed records counts as failed; the local filter sorts those out.
		'IMPORT_COMPLETE',
		'DELETE_FAILED',
		'DELETE_FAILED_LIMIT_EXCEEDED',
		'INTERNAL_ERROR',
	],
};

function values(table: ValuesByStatus, statuses: readonly SelectableStatus[]): string[] | undefined {
	const out = new Set<string>();
	for (const status of statuses) {
		const mapped = table[status];
		if (mapped === undefined) return undefined;
		for (const value of mapped) out.add(value);
	}
	return out.size > 0 ? [...out] : undefined;
}

export function apiStatusFilters(statuses: readonly SelectableStatus[]): Partial<Selection> {
	if (statuses.length === 0) return {};
	const ec2 = (states: string[] | undefined): Filter[] | undefined => (states ? [{Name: 'task-state', Values: states}] : undefined);
	const discovery = values(discoveryStatuses, statuses);
	const discoveryFilters: ImportTaskFilter[] | undefined = discovery ? [{name: 'STATUS', values: discovery}] : undefined;
	return {
		exportImageFilters: ec2(values(exportStates, statuses)),
		storeImageFilters: ec2(values(storeStates, statuses)),
		discoveryFilters,
	};
}

export function matchesStatus(category: Category, statuses: readonly SelectableStatus[]): boolean {
	return statuses.length === 0 || (statuses as readonly string[]).includes(category);
}
