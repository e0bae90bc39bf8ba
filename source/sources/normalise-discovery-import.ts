// Discovery DescribeImportTasks record → Task. Discovery has no progress figure.
import type {ImportTask} from '../aws/discovery/types.js';
import {packRecord} from '../model/packed-record.js';
import type {Category, TaskOf, TaskScope} from '../model/task.js';
import {firstText} from './normalise-common.js';

const failureText: Record<string, string> = {
	IMPORT_FAILED: 'Import failed',
	IMPORT_FAILED_SERVER_LIMIT_EXCEEDED: 'Import failed: server limit exceeded',
	IMPORT_FAILED_RECORD_LIMIT_EXCEEDED: 'Import failed: record limit exceeded',
	IMPORT_FAILED_UNSUPPORTED_FILE_TYPE: 'Import failed: unsupported file type',
	DELETE_FAILED: 'Deleting the imported data failed',
	DELETE_FAILED_LIMIT_EXCEEDED: 'Deleting the imported data failed: limit exceeded',
	INTERNAL_ERROR: 'Internal error in Application Discovery Service',
};

type Records = {succeeded: number; failed: number};

export function discoveryRecords(raw: ImportTask): Records | undefined {
	const counts = [raw.serverImportSuccess, raw.serverImportFailure, raw.applicationImportSuccess, raw.applicationImportFailure];
	if (counts.every((count) => count === undefined)) return undefined;
	return {
		succeeded: (raw.serverImportSuccess ?? 0) + (raw.applicationImportSuccess ?? 0),
		failed: (raw.serverImportFailure ?? 0) + (raw.applicationImportFailure ?? 0),
	};
}

export function discoveryCategory(status: string | undefined, records: Records | undefined): Category {
	if (status === undefined) return 'unknown';
	switch (status) {
		case 'IMPORT_IN_PROGRESS':
		case 'DELETE_IN_PROGRESS':
			return 'active';
		// A "complete" import can still have rejected rows: the user must see that it needs attention.
		case 'IMPORT_COMPLETE':
			return (records?.failed ?? 0) > 0 ? 'failed' : 'completed';
		case 'DELETE_COMPLETE':
			return 'completed';
		case 'IMPORT_COMPLETE_WITH_ERRORS':
		case 'INTERNAL_ERROR':
			return 'failed';
	}
	// The enum is open: future IMPORT_FAILED_… / DELETE_FAILED_… variants are still failures.
	return status.startsWith('IMPORT_FAILED') || status.startsWith('DELETE_FAILED') ? 'failed' : 'unknown';
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function failedRecordsText(raw: ImportTask, records: Records): string {
	return `${plural(records.failed, 'record')} failed (${plural(raw.serverImportFailure ?? 0, 'server')}, ${plural(raw.applicationImportFailure ?? 0, 'application')})`;
}

export function discoveryMessage(raw: ImportTask, category: Category, records: Records | undefined): string | undefined {
	const failed = records !== undefined && records.failed > 0 ? failedRecordsText(raw, records) : undefined;
	if (raw.status === 'IMPORT_COMPLETE_WITH_ERRORS') return `Partial import: ${failed ?? 'some records failed'}`;
	if (raw.status === 'IMPORT_COMPLETE' && failed) return `Import complete, but ${failed}`;
	if (category !== 'failed' || raw.status === undefined) return undefined;
	const text = failureText[raw.status] ?? raw.status;
	return failed ? `${text}; ${failed}` : text;
}

export function normaliseDiscoveryImport(raw: ImportTask, scope: TaskScope): TaskOf<'discovery-import'> {
	const id = raw.importTaskId ?? raw.clientRequestToken ?? '(no task id)';
	const records = discoveryRecords(raw);
	const category = discoveryCategory(raw.status, records);
	const deleting = raw.status?.startsWith('DELETE_') ?? false;
	return {
		kind: 'discovery-import',
		region: scope.region,
		account: scope.account,
		profile: scope.profile,
		id,
		name: firstText(raw.name) ?? id,
		status: raw.status ?? '',
		category,
		message: discoveryMessage(raw, category, records),
		progress: undefined,
		startedAt: raw.importRequestTime,
		// A delete is the task's latest operation once it starts: it completes at importDeletedTime.
		completedAt: deleting ? raw.importDeletedTime : raw.importCompletionTime,
		location: raw.importUrl,
		records,
		raw: packRecord(raw),
	};
}
