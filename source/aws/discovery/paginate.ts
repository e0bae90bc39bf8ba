// paginateDescribeImportTasks, behaving like SDK v3's createPaginator(Client, Command, "nextToken",
// "nextToken", "maxResults"): pageSize fills maxResults unless the input sets it, additional arguments go to
// send (e.g. {abortSignal}), and paging stops on an empty or (with stopOnSameToken) repeated token.
import type {Paginator} from '@smithy/types';
import {DiscoveryClient, type DiscoverySendOptions} from './client.js';
import {DescribeImportTasksCommand, type DescribeImportTasksCommandInput, type DescribeImportTasksCommandOutput} from './commands.js';

export interface DiscoveryPaginationConfiguration {
	client: DiscoveryClient;
	pageSize?: number | undefined;
	startingToken?: string | undefined;
	stopOnSameToken?: boolean | undefined;
	withCommand?: ((command: DescribeImportTasksCommand) => DescribeImportTasksCommand | undefined) | undefined;
}

export async function* paginateDescribeImportTasks(
	config: DiscoveryPaginationConfiguration,
	input: DescribeImportTasksCommandInput,
	...additionalArguments: [DiscoverySendOptions?]
): Paginator<DescribeImportTasksCommandOutput> {
	if (!(config.client instanceof DiscoveryClient)) {
		throw new Error('Invalid client, expected instance of DiscoveryClient');
	}
	let token = config.startingToken ?? input.nextToken;
	for (;;) {
		// Like the SDK paginator, the caller's input object is updated in place.
		input.nextToken = token;
		input.maxResults = input.maxResults ?? config.pageSize;
		let command = new DescribeImportTasksCommand(input);
		command = config.withCommand?.(command) ?? command;
		const page = await config.client.send(command, ...additionalArguments);
		yield page;
		const previous = token;
		token = page.nextToken;
		if (!token || (config.stopOnSameToken && token === previous)) return undefined;
	}
}
