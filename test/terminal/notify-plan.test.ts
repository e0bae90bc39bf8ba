// Notifications: one per task per transition, a burst as one, rate-limited, and the end of the run.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {TaskKind} from '../../source/model/task.js';
import type {TaskEvent, TaskEventType} from '../../source/store/index.js';
import {createNotifyPlan} from '../../source/terminal/notify-plan.js';

let seq = 0;
function event(type: TaskEventType, id: string, extra: Partial<TaskEvent> = {}): TaskEvent {
	const kind: TaskKind = extra.kind ?? 'import-snapshot';
	return {seq: ++seq, at: 0, type, taskKey: `${kind}|1|us-east-1|${id}`, kind, region: 'us-east-1', taskId: id, name: id, ...extra};
}

test('a burst of failures is one notification, per kind', () => {
	const plan = createNotifyPlan('failed');
	plan.add([event('failed', 'a'), event('failed', 'b'), event('failed', 'c'), event('failed', 'ami-1', {kind: 'store-image'})], 5);
	assert.equal(plan.take(0), '3 snapshot imports failed; 1 AMI store task failed');
	assert.equal(plan.take(1), undefined);
});

test('one failure names the task and its reason, sanitised', () => {
	const plan = createNotifyPlan('failed');
	plan.add([event('failed', 'import-snap-1', {message: 'ClientError: bad\u001b]52;c;eA==\u0007 disk'})], 1);
	assert.equal(plan.take(0), 'import-snap-1 failed: ClientError: bad disk');
});

test('at most one per task per transition; a stall after a resume is new', () => {
	const plan = createNotifyPlan('failed');
	plan.add([event('stalled', 'a')], 1);
	assert.equal(plan.take(0), 'a stalled');
	plan.add([event('stalled', 'a')], 1);
	assert.equal(plan.take(60_000), undefined, 'the same stall again is not news');
	plan.add([event('resumed', 'a'), event('stalled', 'a')], 1);
	assert.equal(plan.take(120_000), 'a stalled');
});

test('rate-limited: what arrives inside the interval waits and goes out as one', () => {
	const plan = createNotifyPlan('failed', 30_000);
	plan.add([event('failed', 'a')], 3);
	assert.ok(plan.take(0));
	plan.add([event('failed', 'b')], 2);
	plan.add([event('failed', 'c')], 1);
	assert.equal(plan.take(10_000), undefined);
	assert.equal(plan.dueAt(), 30_000);
	assert.equal(plan.take(30_000), '2 snapshot imports failed');
	assert.equal(plan.dueAt(), undefined);
});

test('--notify failed ignores completions and what was already there; all includes completions', () => {
	const failed = createNotifyPlan('failed');
	failed.add([event('completed', 'a'), event('failed', 'b', {initial: true})], 1);
	assert.equal(failed.take(0), undefined);
	const all = createNotifyPlan('all');
	all.add([event('completed', 'a'), event('completed', 'b')], 1);
	assert.equal(all.take(0), '2 snapshot imports completed');
	const none = createNotifyPlan('none');
	none.add([event('failed', 'a')], 0);
	assert.equal(none.take(0), undefined);
});

test('the end of the run: once, when the last active task finishes', () => {
	const plan = createNotifyPlan('failed');
	plan.add([], 2);
	plan.add([event('failed', 'a')], 0);
	assert.equal(plan.take(0), 'a failed; no task is active any more: the run has ended');
	plan.add([], 0);
	assert.equal(plan.take(60_000), undefined);
});
