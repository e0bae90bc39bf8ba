import assert from 'node:assert/strict';
import {test} from 'node:test';
import {awsRegions} from '../../source/model/aws-regions.js';
import {compactRegion, regionLabel, regionLabels} from '../../source/model/region-label.js';

test('compact region labels read as operators write them', () => {
	assert.equal(compactRegion('us-east-1'), 'use1');
	assert.equal(compactRegion('eu-west-1'), 'euw1');
	assert.equal(compactRegion('ap-southeast-2'), 'apse2');
	assert.equal(compactRegion('ap-northeast-1'), 'apne1');
	assert.equal(compactRegion('us-gov-west-1'), 'usgw1');
	assert.equal(compactRegion('eu-central-2'), 'euc2');
	assert.equal(compactRegion('localhost'), 'localhost');
});

test('every known region has its own compact label', () => {
	const labels = awsRegions.map((region) => compactRegion(region));
	assert.equal(new Set(labels).size, labels.length);
});

test('regionLabels falls back to full names rather than show two regions under one label', () => {
	assert.deepEqual([...regionLabels(['us-east-1', 'eu-west-1']).values()], ['use1', 'euw1']);
	assert.deepEqual([...regionLabels(['us-east-1', 'us-east-1']).values()], ['use1']);
	// Not real regions, but shaped like them: a collision must not hide which is which.
	assert.deepEqual([...regionLabels(['xx-east-1', 'xx-east-1', 'xx-eeast-1']).values()], ['xx-east-1', 'xx-eeast-1']);
});

test('the full name where it fits, the compact label where it does not', () => {
	assert.equal(regionLabel('eu-west-1'), 'eu-west-1');
	assert.equal(regionLabel('eu-west-1', 9), 'eu-west-1');
	assert.equal(regionLabel('eu-west-1', 8), 'euw1');
	assert.equal(compactRegion('sa-east-1'), 'sae1');
	assert.equal(compactRegion('ap-south-1'), 'aps1');
});
