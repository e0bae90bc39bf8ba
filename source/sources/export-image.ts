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

export async function listExportImageTasks(
	client: EC2Client,
	selection: ExportImageSelection = {},
	signal?: AbortSignal,
	onFirstPage?: (page: ExportImageTask[]) => void,
): Promise<ExportImageTask[]> {
	const tasks: ExportImageTask[] = [];
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
		const items = page.ExportImageTasks ?? [];
		if (tasks.length === 0 && page.NextToken) onFirstPage?.(items);
		tasks.push(...items);
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
	const raw = await listExportImageTasks(
		client,
		selection,
		signal,
		onFirstPage && ((page) => onFirstPage(page.map((task) => normaliseExportImage(task, scope)))),
	);
	return raw.map((task) => normaliseExportImage(task, scope));
}
