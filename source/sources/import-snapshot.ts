// EC2 DescribeImportSnapshotTasks, every page, normalised.
import {paginateDescribeImportSnapshotTasks, type EC2Client, type Filter, type ImportSnapshotTask} from '@aws-sdk/client-ec2';
import type {TaskOf, TaskScope} from '../model/task.js';
import {nonEmpty, pageSizeFor, type FirstPage} from './request-params.js';
import {normaliseImportSnapshot} from './normalise-import-snapshot.js';
import {pageAnswered} from './page-answered.js';

/** No maximum is documented; 100 keeps pages small enough and the paginator follows NextToken. */
export const importSnapshotPageSize = 100;

export type ImportSnapshotSelection = {
	importTaskIds?: readonly string[] | undefined;
	/** Sent as Filters.N (the API documents no filter names). */
	filters?: readonly Filter[] | undefined;
	dryRun?: boolean | undefined;
	pageSize?: number | undefined;
};

/**
 * Every page, each record converted as its page arrives: the SDK's objects of one page are garbage before the
 * next one is asked for, instead of all of a 50,000-task listing living (and being promoted) until its end.
 */
export async function listImportSnapshotTasks<T>(
	client: EC2Client,
	selection: ImportSnapshotSelection,
	signal: AbortSignal | undefined,
	convert: (task: ImportSnapshotTask) => T,
	onFirstPage?: (page: T[]) => void,
): Promise<T[]> {
	const tasks: T[] = [];
	const input = {
		ImportTaskIds: nonEmpty(selection.importTaskIds),
		Filters: nonEmpty(selection.filters),
		DryRun: selection.dryRun,
	};
	const pages = paginateDescribeImportSnapshotTasks(
		{client, pageSize: pageSizeFor(selection.importTaskIds, selection.pageSize ?? importSnapshotPageSize)},
		input,
		{abortSignal: signal},
	);
	for await (const page of pages) {
		pageAnswered(signal);
		const items = (page.ImportSnapshotTasks ?? []).map(convert);
		if (tasks.length === 0 && page.NextToken) onFirstPage?.(items);
		for (const item of items) tasks.push(item);
	}
	return tasks;
}

export async function fetchImportSnapshotTasks(
	client: EC2Client,
	scope: TaskScope,
	selection?: ImportSnapshotSelection,
	signal?: AbortSignal,
	onFirstPage?: FirstPage,
): Promise<Array<TaskOf<'import-snapshot'>>> {
	return listImportSnapshotTasks(client, selection ?? {}, signal, (task) => normaliseImportSnapshot(task, scope), onFirstPage);
}
