import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ImportTask} from '../../source/aws/discovery/types.js';
import type {TaskScope} from '../../source/model/task.js';
import {normaliseDiscoveryImport} from '../../source/sources/normalise-discovery-import.js';

const scope: TaskScope = {region: 'us-west-2', account: '123456789012'};

function task(extra: Partial<ImportTask>): ImportTask {
	return {importTaskId: 'import-task-0123456789abcdef0123456789abcdef', name: 'rvtools-2024-05', ...extra};
}
const normalise = (extra: Partial<ImportTask>) => normaliseDiscoveryImport(task(extra), scope);

test('an import in progress is running and has no progress figure', () => {
	const t = normalise({status: 'IMPORT_IN_PROGRESS'});
	assert.deepEqual([t.category, t.progress], ['active', undefined]);
});

test('a delete in progress is running', () => {
	assert.equal(normalise({status: 'DELETE_IN_PROGRESS'}).category, 'active');
});

test('a complete import with no failed records is completed', () => {
	const t = normalise({status: 'IMPORT_COMPLETE', serverImportSuccess: 10, serverImportFailure: 0});
	assert.deepEqual([t.category, t.message], ['completed', undefined]);
});

test('a completed delete is completed at its deletion time', () => {
	const deleted = new Date(1714480000 * 1000);
	const t = normalise({status: 'DELETE_COMPLETE', importCompletionTime: new Date(1714475730500), importDeletedTime: deleted});
	assert.deepEqual([t.category, t.completedAt], ['completed', deleted]);
});

test('a complete import with failed records is failed and says how many', () => {
	const t = normalise({status: 'IMPORT_COMPLETE', serverImportSuccess: 8, serverImportFailure: 2, applicationImportFailure: 1});
	assert.equal(t.category, 'failed');
	assert.equal(t.message, 'Import complete, but 3 records failed (2 servers, 1 application)');
});

test('IMPORT_COMPLETE_WITH_ERRORS is failed as a partial import with the failed count', () => {
	const t = normalise({status: 'IMPORT_COMPLETE_WITH_ERRORS', serverImportSuccess: 5, serverImportFailure: 4});
	assert.equal(t.category, 'failed');
	assert.equal(t.message, 'Partial import: 4 records failed (4 servers, 0 applications)');
});

test('every IMPORT_FAILED status is failed with a readable message', () => {
	for (const status of ['IMPORT_FAILED', 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED', 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED', 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE']) {
		const t = normalise({status});
		assert.equal(t.category, 'failed', status);
		assert.match(t.message ?? '', /^Import failed/, status);
	}
});

test('every DELETE_FAILED status is failed', () => {
	for (const status of ['DELETE_FAILED', 'DELETE_FAILED_LIMIT_EXCEEDED']) {
		const t = normalise({status});
		assert.deepEqual([t.category, t.message?.startsWith('Deleting the imported data failed')], ['failed', true], status);
	}
});

test('INTERNAL_ERROR is failed', () => {
	assert.equal(normalise({status: 'INTERNAL_ERROR'}).category, 'failed');
});

test('an unknown status is unknown and its raw text is kept', () => {
	const t = normalise({status: 'IMPORT_QUEUED'});
	assert.deepEqual([t.category, t.status], ['unknown', 'IMPORT_QUEUED']);
});

test('records sum servers and applications', () => {
	const t = normalise({
		status: 'IMPORT_COMPLETE',
		serverImportSuccess: 10,
		applicationImportSuccess: 3,
		serverImportFailure: 0,
		applicationImportFailure: 0,
	});
	assert.deepEqual(t.records, {succeeded: 13, failed: 0});
});

test('name, dates and location come from the import, falling back to the task id', () => {
	const requested = new Date(1714558530123);
	const t = normalise({status: 'IMPORT_COMPLETE', importRequestTime: requested, importUrl: 's3://bucket/imports/rvtools.xlsx'});
	assert.deepEqual([t.name, t.startedAt, t.location], ['rvtools-2024-05', requested, 's3://bucket/imports/rvtools.xlsx']);
	assert.equal(normalise({name: undefined}).name, 'import-task-0123456789abcdef0123456789abcdef');
});
