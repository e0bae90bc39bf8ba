// Application Discovery Service DescribeImportTasks, every page, normalised.
import {paginateDescribeImportTasks, type DiscoveryClient} from '../aws/discovery/index.js';
import type {ImportTask, ImportTaskFilter} from '../aws/discovery/types.js';
import type {TaskOf, TaskScope} from '../model/task.js';
import {matchesDiscoveryFilters} from './local-filters.js';
import {normaliseDiscoveryImport} from './normalise-discovery-import.js';
import type {FirstPage} from './request-params.js';
import {pageAnswered} from './page-answered.js';

/** maxResults range is 1-100. */
export const discoveryPageSize = 100;
/** A filter takes 1-100 values; a longer list is applied locally instead. */
const maxFilterValues = 100;

export type DiscoveryImportSelection = {
	/** Shorthand for an IMPORT_TASK_ID filter. */
	discoveryTaskIds?: readonly string[] | undefined;
	filters?: readonly ImportTaskFilter[] | undefined;
	pageSize?: number | undefined;
};

/**
 * Splits filters into what to send and what to apply locally. "When filtering by import status, all other
 * filter values are ignored" (API model), so with a STATUS filter only the STATUS filters are sent and the
 * rest are applied to the results here; otherwise everything is sent. Over-long value lists stay local too.
 */
export function planDiscoveryFilters(selection: DiscoveryImportSelection): {send: ImportTaskFilter[]; local: ImportTaskFilter[]} {
	const filters = [...(selection.filters ?? [])];
	if (selection.discoveryTaskIds?.length) filters.push({name: 'IMPORT_TASK_ID', values: [...selection.discoveryTaskIds]});
	const hasStatus = filters.some((filter) => filter.name === 'STATUS');
	const send: ImportTaskFilter[] = [];
	const local: ImportTaskFilter[] = [];
	for (const filter of filters) {
		const tooLong = (filter.values?.length ?? 0) > maxFilterValues;
		const ignoredByService = hasStatus && filter.name !== 'STATUS';
		(tooLong || ignoredByService ? local : send).push(filter);
	}
	return {send, local};
}

export async function listDiscoveryImportTasks(
	client: DiscoveryClient,
	selection: DiscoveryImportSelection = {},
	signal?: AbortSignal,
	onFirstPage?: (page: ImportTask[]) => void,
): Promise<ImportTask[]> {
	const {send, local} = planDiscoveryFilters(selection);
	const tasks: ImportTask[] = [];
	const pages = paginateDescribeImportTasks(
		{client, pageSize: selection.pageSize ?? discoveryPageSize},
		{filters: send.length > 0 ? send : undefined},
		{abortSignal: signal},
	);
	for await (const page of pages) {
		pageAnswered(signal);
		const items = page.tasks ?? [];
		if (tasks.length === 0 && page.nextToken) onFirstPage?.(items.filter((task) => matchesDiscoveryFilters(task, local)));
		tasks.push(...items);
	}
	return tasks.filter((task) => matchesDiscoveryFilters(task, local));
}

export async function fetchDiscoveryImportTasks(
	client: DiscoveryClient,
	scope: TaskScope,
	selection?: DiscoveryImportSelection,
	signal?: AbortSignal,
	onFirstPage?: FirstPage,
): Promise<Array<TaskOf<'discovery-import'>>> {
	const raw = await listDiscoveryImportTasks(
		client,
		selection,
		signal,
		onFirstPage && ((page) => onFirstPage(page.map((task) => normaliseDiscoveryImport(task, scope)))),
	);
	return raw.map((task) => normaliseDiscoveryImport(task, scope));
}
