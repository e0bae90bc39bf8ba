// EC2 DescribeExportImageTasks, every page, normalised.
import {paginateDescribeExportImageTasks, type EC2Client, type ExportImageTask, type Filter} from '@aws-sdk/client-ec2';
import type {TaskOf, TaskScope} from '../model/task.js';
import {normaliseExportImage} from './normalise-export-image.js';
import {nonEmpty, pageSizeFor, type FirstPage} from './request-params.js';
import {pageAnswered} from './page-answered.js';

/** MaxResults range is 1-500. */
export const exportImagePageSize = 500;

export type ExportImageSelection = {
	exportImageTaskIds?: readonly string[] | undefined;
	/** Sent as Filter.N; documented: task-state = active | completed | deleting | deleted. */
	filters?: readonly Filter[] | undefined;
	dryRun?: boolean | undefined;
	pageSize?: number | undefined;
};

/**
 * Every page, each record converted as its page arrives: the SDK's objects of one page are garbage before the
 * next one is asked for, instead of all of a 50,000-task listing living (and being promoted) until its end.
 */
export async function listExportImageTasks<T>(
	client: EC2Client,
	selection: ExportImageSelection,
	signal: AbortSignal | undefined,
	convert: (task: ExportImageTask) => T,
	onFirstPage?: (page: T[]) => void,
): Promise<T[]> {
	const tasks: T[] = [];
	const input = {
		ExportImageTaskIds: nonEmpty(selection.exportImageTaskIds),
		Filters: nonEmpty(selection.filters),
		DryRun: selection.dryRun,
	};
	const pages = paginateDescribeExportImageTasks(
		{client, pageSize: pageSizeFor(selection.exportImageTaskIds, selection.pageSize ?? exportImagePageSize)},
		input,
		{abortSignal: signal},
	);
	for await (const page of pages) {
		pageAnswered(signal);
		const items = (page.ExportImageTasks ?? []).map(convert);
		if (tasks.length === 0 && page.NextToken) onFirstPage?.(items);
		for (const item of items) tasks.push(item);
	}
	return tasks;
}

export async function fetchExportImageTasks(
	client: EC2Client,
	scope: TaskScope,
	selection?: ExportImageSelection,
	signal?: AbortSignal,
	onFirstPage?: FirstPage,
): Promise<Array<TaskOf<'export-image'>>> {
	return listExportImageTasks(client, selection ?? {}, signal, (task) => normaliseExportImage(task, scope), onFirstPage);
}
