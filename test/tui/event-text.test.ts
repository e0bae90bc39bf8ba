// The one-phrase summary of a task event (the event log, the detail view's history).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {TaskEvent} from '../../source/store/index.js';
import {eventSummary} from '../../source/tui/text/event-text.js';

const event = (fields: Partial<TaskEvent>): TaskEvent =>
	({
		seq: 1,
		at: 0,
		type: 'status-changed',
		taskKey: 'k',
		kind: 'import-snapshot',
		taskId: 'import-snap-1',
		name: 'web-04',
		region: 'us-east-1',
		...fields,
	}) as TaskEvent;

test("a change of AWS's message alone reads as the message moving on, not 'active → active'", () => {
	const text = eventSummary(
		event({
			from: {status: 'active', category: 'active', message: 'downloading/converting'},
			to: {status: 'active', category: 'active', message: 'converting'},
			message: 'converting',
		}),
		{ascii: false},
	);
	assert.equal(text, 'active: downloading/converting → converting');
});

test('a change of state keeps both states and the new message', () => {
	const text = eventSummary(
		event({
			type: 'failed',
			from: {status: 'active', category: 'active', message: 'converting'},
			to: {status: 'deleted', category: 'failed', message: 'ClientError: bad disk'},
			message: 'ClientError: bad disk',
		}),
		{ascii: true},
	);
	assert.equal(text, 'active -> deleted: ClientError: bad disk');
});
