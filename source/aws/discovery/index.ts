// The Discovery client's public surface, named as in @aws-sdk/client-application-discovery-service so that
// package can replace this directory by changing imports of this one module.
export {DiscoveryClient, defaultConnectionTimeoutMs, defaultMaxAttempts, defaultRequestTimeoutMs} from './client.js';
export type {DiscoveryClientConfig, DiscoveryRequestHandler, DiscoverySendOptions} from './client.js';
export {DescribeImportTasksCommand} from './commands.js';
export type {DescribeImportTasksCommandInput, DescribeImportTasksCommandOutput} from './commands.js';
export {paginateDescribeImportTasks} from './paginate.js';
export type {DiscoveryPaginationConfiguration} from './paginate.js';
export {
	ApplicationDiscoveryServiceServiceException,
	AuthorizationErrorException,
	HomeRegionNotSetException,
	InvalidParameterException,
	InvalidParameterValueException,
	ServerInternalErrorException,
} from './errors.js';
export {FileClassification, ImportStatus, ImportTaskFilterName} from './types.js';
export type {DescribeImportTasksRequest, DescribeImportTasksResponse, ImportTask, ImportTaskFilter} from './types.js';
