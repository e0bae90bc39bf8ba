// awsJson1_1 request for DescribeImportTasks, byte for byte what SDK v3's AwsJsonRpcProtocol sends:
// POST to the endpoint path, the target header, and a JSON body of the modeled members only ("{}" if none).
import {HttpRequest} from '@smithy/protocol-http';
import type {DescribeImportTasksRequest} from './types.js';

/** The service's `targetPrefix` in the model (not the service name). */
export const targetPrefix = 'AWSPoseidonService_V2015_11_01';
export const jsonContentType = 'application/x-amz-json-1.1';

export function serializeDescribeImportTasks(input: DescribeImportTasksRequest, endpoint: URL): HttpRequest {
	const body = JSON.stringify(describeImportTasksBody(input));
	return new HttpRequest({
		method: 'POST',
		protocol: endpoint.protocol,
		hostname: endpoint.hostname,
		port: endpoint.port === '' ? undefined : Number(endpoint.port),
		path: endpoint.pathname.endsWith('/') ? endpoint.pathname : `${endpoint.pathname}/`,
		query: {},
		headers: {
			'content-type': jsonContentType,
			'x-amz-target': `${targetPrefix}.DescribeImportTasks`,
			'content-length': String(Buffer.byteLength(body)),
			host: endpoint.host,
		},
		body,
	});
}

/** Only modeled members, in model order; undefined members are left out (JSON.stringify drops them). */
function describeImportTasksBody(input: DescribeImportTasksRequest): Record<string, unknown> {
	return {
		filters: input.filters?.map((filter) => ({name: filter.name, values: filter.values})),
		maxResults: input.maxResults,
		nextToken: input.nextToken,
	};
}
