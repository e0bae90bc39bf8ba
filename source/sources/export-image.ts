// EC2 DescribeExportImageTasks, every page, normalised.
import {paginateDescribeExportImageTasks, type EC2Client, type ExportImageTask, type Filter} from '@aws-sdk/client-ec2';
import type {TaskOf, TaskScope} from '../model/task.js';
import {normaliseExportImage} from './normalise-export-image.js';
import {nonEmpty, pageSizeFor} from './request-params.js';

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
	for await (const page of pages) tasks.push(...(page.ExportImageTasks ?? []));
	return tasks;
}

export async function fetchExportImageTasks(
	client: EC2Client,
	scope: TaskScope,
	selection?: ExportImageSelection,
	signal?: AbortSignal,
): Promise<Array<TaskOf<'export-image'>>> {
	const raw = await listExportImageTasks(client, selection, signal);
	return raw.map((task) => normaliseExportImage(task, scope));
}
