// Command objects named and shaped as in @aws-sdk/client-application-discovery-service.
import type {MetadataBearer} from '@smithy/types';
import type {DescribeImportTasksRequest, DescribeImportTasksResponse} from './types.js';

export type DescribeImportTasksCommandInput = DescribeImportTasksRequest;
export type DescribeImportTasksCommandOutput = DescribeImportTasksResponse & MetadataBearer;

export class DescribeImportTasksCommand {
	/** Read-only: the only operation this client implements (cutwatch is read-only forever). */
	static readonly operation = 'DescribeImportTasks';
	readonly input: DescribeImportTasksCommandInput;

	constructor(input: DescribeImportTasksCommandInput = {}) {
		this.input = input;
	}
}
