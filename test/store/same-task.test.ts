import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Task} from '../../source/model/task.js';
import {comparedTaskFields, sameTask} from '../../source/store/same-task.js';
import {sameValue} from '../../source/store/same-value.js';
import {storeTask} from './fixtures.js';

function full(): Task {
	return {...storeTask('ami-1', {message: 'x'}), completedAt: new Date(5), records: {succeeded: 1, failed: 0}};
}

/** A value of the same type that differs. */
function other(value: unknown): unknown {
	if (typeof value === 'string') return `${value}!`;
	if (typeof value === 'number') return value + 1;
	if (value instanceof Date) return new Date(value.getTime() + 1);
	if (value && typeof value === 'object') return {...value, extra: 1};
	return 'set';
}

test('a task differing in any one field is a different task; an equal copy is the same', () => {
	assert.equal(sameTask(full(), full()), true);
	for (const field of Object.keys(comparedTaskFields) as Array<keyof Task>) {
		const changed = {...full(), [field]: other(full()[field])} as Task;
		assert.equal(sameTask(full(), changed), false, field);
	}
});

test('raw records compare deeply: nested members, arrays, dates; absent equals undefined', () => {
	const a = {A: 1, B: {C: [1, {D: new Date(10)}]}, E: undefined};
	assert.equal(sameValue(a, {A: 1, B: {C: [1, {D: new Date(10)}]}}), true);
	assert.equal(sameValue(a, {A: 1, B: {C: [1, {D: new Date(11)}]}}), false);
	assert.equal(sameValue(a, {A: 1, B: {C: [1, {D: new Date(10)}, 2]}}), false);
	assert.equal(sameValue(a, {A: 1, B: {C: [1, {D: new Date(10)}]}, F: 0}), false);
	assert.equal(sameValue({A: Number.NaN}, {A: Number.NaN}), true);
	assert.equal(sameValue({A: []}, {A: {}}), false);
});
