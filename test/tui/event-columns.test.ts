// The event log's column plan: whole ids on one line where they fit beside a readable summary, else two lines.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {eventColumns} from '../../source/tui/text/event-columns.js';

describe('event columns', () => {
	test('one line while the widest id leaves room for name and summary; names take no more than the longest', () => {
		const plan = eventColumns(118, {id: 29, name: 12}, 4);
		assert.equal(plan.twoLines, false);
		assert.equal(plan.idWidth, 29, 'the id whole');
		assert.equal(plan.nameWidth, 12, 'the longest name');
		assert.equal(eventColumns(118, {id: 29, name: 30}, 4).nameWidth, 16, 'a long name gives the summary two thirds of what is left');
	});

	test('two lines when a Discovery id (44 columns) and a summary cannot share 78', () => {
		const plan = eventColumns(78, {id: 44, name: 14}, 4);
		assert.equal(plan.twoLines, true);
		assert.equal(plan.idWidth, 44);
		assert.equal(plan.nameWidth, 78 - 2 - 44 - 1);
	});

	test('a name never takes more than 32 columns', () => {
		assert.equal(eventColumns(198, {id: 29, name: 60}, 0).nameWidth, 32);
	});
});
