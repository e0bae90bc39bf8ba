import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {StoreImageTaskResult} from '@aws-sdk/client-ec2';
import type {ImportTask} from '../../source/aws/discovery/types.js';
import {packRecord, unpackRecord} from '../../source/model/packed-record.js';

test('a record reads back as the SDK returned it, Dates as Dates, members holding undefined absent', () => {
	const store: StoreImageTaskResult = {
		AmiId: 'ami-1',
		TaskStartTime: new Date('2026-12-02T10:00:00.123Z'),
		ProgressPercentage: 40,
		StoreTaskFailureReason: undefined,
	};
	const back = unpackRecord(packRecord(store));
	assert.deepEqual(back, {AmiId: 'ami-1', TaskStartTime: new Date('2026-12-02T10:00:00.123Z'), ProgressPercentage: 40});
	assert.ok(back.TaskStartTime instanceof Date);
	const discovery: ImportTask = {importTaskId: 'i-1', importRequestTime: new Date(0), importCompletionTime: new Date(5), name: 'TaskStartTime'};
	assert.deepEqual(unpackRecord(packRecord(discovery)), discovery);
});

test('equal records are equal strings, a changed member is not', () => {
	const a = packRecord({ImportTaskId: 'x', Tags: [{Key: 'wave', Value: '3'}]});
	assert.equal(a, packRecord({ImportTaskId: 'x', Tags: [{Key: 'wave', Value: '3'}]}));
	assert.notEqual(a, packRecord({ImportTaskId: 'x', Tags: [{Key: 'wave', Value: '4'}]}));
});
