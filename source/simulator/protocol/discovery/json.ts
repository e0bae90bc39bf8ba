// The awsJson1_1 wire of Discovery: the X-Amz-Target it answers, its content type, epoch-second bodies and the
// {"__type","message"} error body.
import type {DescribeImportTasksResponse} from '../../../aws/discovery/types.js';
import type {ApiError} from '../api-error.js';

export const discoveryTargetPrefix = 'AWSPoseidonService_V2015_11_01';
export const discoveryOperation = 'DescribeImportTasks';
export const discoveryTarget = `${discoveryTargetPrefix}.${discoveryOperation}`;
export const discoveryContentType = 'application/x-amz-json-1.1';

/** awsJson timestamps are epoch seconds as (possibly fractional) numbers. */
export function discoveryResponseJson(response: DescribeImportTasksResponse): string {
	// Date#toJSON runs before a replacer sees the value, so look at the raw property instead.
	return JSON.stringify(response, function (this: Record<string, unknown>, key: string, value: unknown) {
		const raw = this[key];
		return raw instanceof Date ? raw.getTime() / 1000 : value;
	});
}

export function discoveryErrorJson(error: ApiError): string {
	return JSON.stringify({__type: error.code, message: error.message});
}
