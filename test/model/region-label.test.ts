import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {compactRegion, regionLabel} from '../../source/model/region-label.js';

describe('region labels', () => {
	test('compact forms', () => {
		const cases: Record<string, string> = {
			'us-east-1': 'use1',
			'eu-west-1': 'euw1',
			'us-west-2': 'usw2',
			'eu-central-1': 'euc1',
			'ap-southeast-2': 'apse2',
			'ap-northeast-1': 'apne1',
			'ap-south-1': 'aps1',
			'sa-east-1': 'sae1',
			'us-gov-west-1': 'usgw1',
			'local': 'local',
		};
		for (const [region, short] of Object.entries(cases)) assert.equal(compactRegion(region), short, region);
	});

	test('the full name where it fits', () => {
		assert.equal(regionLabel('eu-west-1'), 'eu-west-1');
		assert.equal(regionLabel('eu-west-1', 9), 'eu-west-1');
		assert.equal(regionLabel('eu-west-1', 8), 'euw1');
	});
});
