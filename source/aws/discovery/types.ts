// Input and output shapes of Application Discovery Service DescribeImportTasks, named and typed as in the
// official @aws-sdk/client-application-discovery-service, so swapping that package in is a one-file change.

export const ImportStatus = {
	DELETE_COMPLETE: 'DELETE_COMPLETE',
	DELETE_FAILED: 'DELETE_FAILED',
	DELETE_FAILED_LIMIT_EXCEEDED: 'DELETE_FAILED_LIMIT_EXCEEDED',
	DELETE_IN_PROGRESS: 'DELETE_IN_PROGRESS',
	IMPORT_COMPLETE: 'IMPORT_COMPLETE',
	IMPORT_COMPLETE_WITH_ERRORS: 'IMPORT_COMPLETE_WITH_ERRORS',
	IMPORT_FAILED: 'IMPORT_FAILED',
	IMPORT_FAILED_RECORD_LIMIT_EXCEEDED: 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED',
	IMPORT_FAILED_SERVER_LIMIT_EXCEEDED: 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED',
	IMPORT_FAILED_UNSUPPORTED_FILE_TYPE: 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE',
	IMPORT_IN_PROGRESS: 'IMPORT_IN_PROGRESS',
	INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;
/** Open enum, as in SDK v3: the service may add values. */
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus] | (string & {});

export const FileClassification = {
	IMPORT_TEMPLATE: 'IMPORT_TEMPLATE',
	MODELIZEIT_EXPORT: 'MODELIZEIT_EXPORT',
	RVTOOLS_EXPORT: 'RVTOOLS_EXPORT',
	VMWARE_NSX_EXPORT: 'VMWARE_NSX_EXPORT',
} as const;
export type FileClassification = (typeof FileClassification)[keyof typeof FileClassification] | (string & {});

export const ImportTaskFilterName = {
	FILE_CLASSIFICATION: 'FILE_CLASSIFICATION',
	IMPORT_TASK_ID: 'IMPORT_TASK_ID',
	NAME: 'NAME',
	STATUS: 'STATUS',
} as const;
export type ImportTaskFilterName = (typeof ImportTaskFilterName)[keyof typeof ImportTaskFilterName];

export interface ImportTaskFilter {
	name?: ImportTaskFilterName | undefined;
	values?: string[] | undefined;
}

export interface DescribeImportTasksRequest {
	filters?: ImportTaskFilter[] | undefined;
	maxResults?: number | undefined;
	nextToken?: string | undefined;
}

export interface ImportTask {
	importTaskId?: string | undefined;
	clientRequestToken?: string | undefined;
	name?: string | undefined;
	importUrl?: string | undefined;
	status?: ImportStatus | undefined;
	importRequestTime?: Date | undefined;
	importCompletionTime?: Date | undefined;
	importDeletedTime?: Date | undefined;
	fileClassification?: FileClassification | undefined;
	serverImportSuccess?: number | undefined;
	serverImportFailure?: number | undefined;
	applicationImportSuccess?: number | undefined;
	applicationImportFailure?: number | undefined;
	errorsAndFailedEntriesZip?: string | undefined;
}

export interface DescribeImportTasksResponse {
	nextToken?: string | undefined;
	tasks?: ImportTask[] | undefined;
}
