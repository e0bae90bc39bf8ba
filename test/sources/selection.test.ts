import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {StoreImageTaskResult} from '@aws-sdk/client-ec2';
import {planDiscoveryFilters} from '../../source/sources/discovery-import.js';
import {selectionForKind, sourceInfo} from '../../source/sources/index.js';
import {matchesDiscoveryFilters, matchesEc2Filters} from '../../source/sources/local-filters.js';

test('with a STATUS filter only STATUS is sent and the other Discovery filters are applied locally', () => {
	const plan = planDiscoveryFilters({
		discoveryTaskIds: ['import-task-0123456789abcdef0123456789abcdef'],
		filters: [
			{name: 'NAME', values: ['rvtools-2024-05']},
			{name: 'STATUS', values: ['IMPORT_IN_PROGRESS']},
		],
	});
	assert.deepEqual(plan.send, [{name: 'STATUS', values: ['IMPORT_IN_PROGRESS']}]);
	assert.deepEqual(
		plan.local.map((filter) => filter.name),
		['NAME', 'IMPORT_TASK_ID'],
	);
});

test('without a STATUS filter every Discovery filter, task ids included, is sent', () => {
	const plan = planDiscoveryFilters({discoveryTaskIds: ['import-task-a'], filters: [{name: 'FILE_CLASSIFICATION', values: ['RVTOOLS_EXPORT']}]});
	assert.deepEqual(plan.send, [
		{name: 'FILE_CLASSIFICATION', values: ['RVTOOLS_EXPORT']},
		{name: 'IMPORT_TASK_ID', values: ['import-task-a']},
	]);
	assert.deepEqual(plan.local, []);
});

test('local Discovery filters AND across filters and OR across values', () => {
	const task = {importTaskId: 'a', name: 'rvtools', status: 'IMPORT_COMPLETE'};
	assert.ok(
		matchesDiscoveryFilters(task, [
			{name: 'NAME', values: ['other', 'rvtools']},
			{name: 'IMPORT_TASK_ID', values: ['a']},
		]),
	);
	assert.ok(
		!matchesDiscoveryFilters(task, [
			{name: 'NAME', values: ['rvtools']},
			{name: 'IMPORT_TASK_ID', values: ['b']},
		]),
	);
});

test('local store filters match task-state and bucket exactly', () => {
	const task: StoreImageTaskResult = {AmiId: 'ami-1', StoreTaskState: 'Failed', Bucket: 'b1'};
	const field = (name: string, t: StoreImageTaskResult) => (name === 'task-state' ? t.StoreTaskState : name === 'bucket' ? t.Bucket : null);
	assert.ok(
		matchesEc2Filters(
			task,
			[
				{Name: 'task-state', Values: ['Failed', 'InProgress']},
				{Name: 'bucket', Values: ['b1']},
			],
			field,
		),
	);
	assert.ok(!matchesEc2Filters(task, [{Name: 'task-state', Values: ['Completed']}], field));
});

test('the flat selection reaches each kind, and each kind names its IAM action', () => {
	const selection = {importTaskIds: ['i'], exportImageTaskIds: ['e'], imageIds: ['ami-1'], discoveryTaskIds: ['d'], dryRun: true};
	assert.deepEqual(selectionForKind('import-snapshot', selection).importTaskIds, ['i']);
	assert.deepEqual(selectionForKind('export-image', selection).exportImageTaskIds, ['e']);
	assert.deepEqual(selectionForKind('store-image', selection).imageIds, ['ami-1']);
	assert.deepEqual(selectionForKind('discovery-import', selection).discoveryTaskIds, ['d']);
	assert.deepEqual(
		Object.values(sourceInfo).map((info) => info.iamAction),
		['ec2:DescribeImportSnapshotTasks', 'ec2:DescribeExportImageTasks', 'ec2:DescribeStoreImageTasks', 'discovery:DescribeImportTasks'],
	);
});
