// EC2 DescribeStoreImageTasks, every page, normalised. The API has two modes: a paginated
// list of the last 31 days, or up to 20 ImageIds per call, where MaxResults is not allowed and filters are
// ignored by AWS (so we apply them ourselves).
import {
	paginateDescribeStoreImageTasks,
	type DescribeStoreImageTasksCommandInput,
	type EC2Client,
	type Filter,
	type StoreImageTaskResult,
} from '@aws-sdk/client-ec2';
import type {TaskOf, TaskScope} from '../model/task.js';
import {matchesEc2Filters} from './local-filters.js';
import {nonEmpty, type FirstPage} from './request-params.js';
import {normaliseStoreImage} from './normalise-store-image.js';
import {pageAnswered} from './page-answered.js';

/** MaxResults range is 1-200. */
export const storeImagePageSize = 200;
/** ImageId.N accepts at most 20 AMIs per call. */
export const maxImageIdsPerCall = 20;

export type StoreImageSelection = {
	imageIds?: readonly string[] | undefined;
	/** Documented: task-state = InProgress | Completed | Failed, and bucket. */
	filters?: readonly Filter[] | undefined;
	dryRun?: boolean | undefined;
	/** List mode only: never sent with imageIds. */
	pageSize?: number | undefined;
};

export async function listStoreImageTasks(
	client: EC2Client,
	selection: StoreImageSelection = {},
	signal?: AbortSignal,
	onFirstPage?: (page: StoreImageTaskResult[]) => void,
): Promise<StoreImageTaskResult[]> {
	const imageIds = [...new Set(selection.imageIds ?? [])];
	if (imageIds.length === 0) {
		return collect(
			client,
			{pageSize: selection.pageSize ?? storeImagePageSize},
			{Filters: nonEmpty(selection.filters), DryRun: selection.dryRun},
			signal,
			onFirstPage,
		);
	}
	const tasks: StoreImageTaskResult[] = [];
	for (let start = 0; start < imageIds.length; start += maxImageIdsPerCall) {
		// No pageSize: the paginator then leaves MaxResults out, which AWS requires alongside ImageIds.
		const chunk = imageIds.slice(start, start + maxImageIdsPerCall);
		tasks.push(...(await collect(client, {}, {ImageIds: chunk, DryRun: selection.dryRun}, signal)));
	}
	const filters = selection.filters ?? [];
	return tasks.filter((task) => matchesEc2Filters(task, filters, storeFilterField));
}

export async function fetchStoreImageTasks(
	client: EC2Client,
	scope: TaskScope,
	selection?: StoreImageSelection,
	signal?: AbortSignal,
	onFirstPage?: FirstPage,
): Promise<Array<TaskOf<'store-image'>>> {
	const raw = await listStoreImageTasks(
		client,
		selection,
		signal,
		onFirstPage && ((page) => onFirstPage(page.map((task) => normaliseStoreImage(task, scope)))),
	);
	return raw.map((task) => normaliseStoreImage(task, scope));
}

async function collect(
	client: EC2Client,
	paging: {pageSize?: number},
	input: DescribeStoreImageTasksCommandInput,
	signal: AbortSignal | undefined,
	onFirstPage?: (page: StoreImageTaskResult[]) => void,
): Promise<StoreImageTaskResult[]> {
	const tasks: StoreImageTaskResult[] = [];
	for await (const page of paginateDescribeStoreImageTasks({client, ...paging}, input, {abortSignal: signal})) {
		pageAnswered(signal);
		const items = page.StoreImageTaskResults ?? [];
		if (tasks.length === 0 && page.NextToken) onFirstPage?.(items);
		tasks.push(...items);
	}
	return tasks;
}

function storeFilterField(name: string, task: StoreImageTaskResult): string | undefined | null {
	if (name === 'task-state') return task.StoreTaskState;
	if (name === 'bucket') return task.Bucket;
	return null;
}
