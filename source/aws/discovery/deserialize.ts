// awsJson1_1 responses: the DescribeImportTasks output (epoch-second timestamps to Date, unknown members
// dropped as older SDK models do) and error bodies (code from __type, then code, then X-Amzn-Errortype).
import type {HttpResponse} from '@smithy/protocol-http';
import type {ResponseMetadata} from '@smithy/types';
import {createServiceException, type ApplicationDiscoveryServiceServiceException} from './errors.js';
import type {DescribeImportTasksResponse, ImportTask} from './types.js';

export function parseJsonBody(text: string): unknown {
	return text.trim() === '' ? {} : JSON.parse(text);
}

export function deserializeDescribeImportTasks(data: unknown): DescribeImportTasksResponse {
	const body = asRecord(data);
	return {
		nextToken: string(body['nextToken']),
		tasks: Array.isArray(body['tasks']) ? body['tasks'].map((task) => importTask(asRecord(task))) : undefined,
	};
}

function importTask(raw: Record<string, unknown>): ImportTask {
	const task: ImportTask = {
		importTaskId: string(raw['importTaskId']),
		clientRequestToken: string(raw['clientRequestToken']),
		name: string(raw['name']),
		importUrl: string(raw['importUrl']),
		status: string(raw['status']),
		importRequestTime: epochSeconds(raw['importRequestTime']),
		importCompletionTime: epochSeconds(raw['importCompletionTime']),
		importDeletedTime: epochSeconds(raw['importDeletedTime']),
		fileClassification: string(raw['fileClassification']),
		serverImportSuccess: integer(raw['serverImportSuccess']),
		serverImportFailure: integer(raw['serverImportFailure']),
		applicationImportSuccess: integer(raw['applicationImportSuccess']),
		applicationImportFailure: integer(raw['applicationImportFailure']),
		errorsAndFailedEntriesZip: string(raw['errorsAndFailedEntriesZip']),
	};
	// Absent members stay absent (not `key: undefined`), as in SDK output.
	for (const key of Object.keys(task) as (keyof ImportTask)[]) {
		if (task[key] === undefined) delete task[key];
	}
	return task;
}

export function deserializeError(response: HttpResponse, bodyText: string, $metadata: ResponseMetadata): ApplicationDiscoveryServiceServiceException {
	let body: Record<string, unknown> = {};
	try {
		body = asRecord(parseJsonBody(bodyText));
	} catch {
		// A non-JSON error page (proxy, load balancer): the status code still classifies it.
	}
	const code = errorCode(response, body) ?? 'Unknown';
	const message = string(body['message']) ?? string(body['Message']) ?? 'UnknownError';
	const error = createServiceException({
		name: code,
		$fault: response.statusCode < 500 ? 'client' : 'server',
		message,
		$metadata,
	});
	error.$response = response;
	return error;
}

function errorCode(response: HttpResponse, body: Record<string, unknown>): string | undefined {
	const raw = body['__type'] ?? body['code'] ?? header(response, 'x-amzn-errortype');
	if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
	return sanitiseErrorCode(String(raw));
}

/** `com.amazonaws.discovery#ThrottlingException:http://...` → `ThrottlingException`, as the SDK does. */
export function sanitiseErrorCode(raw: string): string {
	let code = raw.split(',')[0] ?? raw;
	code = code.split(':')[0] ?? code;
	return code.includes('#') ? (code.split('#')[1] ?? code) : code;
}

export function header(response: HttpResponse, name: string): string | undefined {
	for (const [key, value] of Object.entries(response.headers)) {
		if (key.toLowerCase() === name) return value;
	}
	return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function string(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function integer(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** awsJson timestamps are epoch seconds, possibly fractional; numeric strings are accepted as the SDK does. */
function epochSeconds(value: unknown): Date | undefined {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
	return new Date(Math.round(seconds * 1000));
}
