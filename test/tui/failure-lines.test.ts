// The failures view's text: sections, entries and the lines each spans, whole reasons wrapped, and the window.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createCutwatchStore, selectFailedTasks, selectSourceProblems, sourceKey} from '../../source/store/index.js';
import {failureEntries, failureLines} from '../../source/tui/text/failure-lines.js';
import {failed, minute, scope, snapKey, snapshot, t0} from '../store/fixtures.js';

const none = {parts: 'none', full: 0, compact: 0} as const;
const long = 'ClientError: Disk validation failed [Unsupported kernel version 2.6.32-754.35.1.el6.x86_64; the boot volume cannot be converted]';

function store() {
	const s = createCutwatchStore();
	s.getState().registerSource('import-snapshot', scope);
	s.getState().registerSource('store-image', scope);
	s.getState().pollSucceeded(snapKey, [failed('import-snap-1', {description: 'old', message: 'ClientError: old'}), snapshot('import-snap-2')], t0);
	s.getState().pollSucceeded(
		snapKey,
		[failed('import-snap-1', {description: 'old', message: 'ClientError: old'}), failed('import-snap-2', {description: 'new', message: long})],
		t0 + minute,
	);
	return s;
}

describe('failure lines', () => {
	test('newest first, every reason whole, spans cover each entry (the first with its heading)', () => {
		const s = store();
		const text = failureLines(failureEntries([], selectFailedTasks(s.getState())), 60, none);
		const joined = text.lines.map((line) => line.text.trim()).join(' ');
		assert.ok(joined.includes(long), joined);
		assert.ok(joined.indexOf('import-snap-2') < joined.indexOf('import-snap-1'), 'the newer failure first');
		assert.ok(text.lines.every((line) => line.text.length <= 60));
		assert.equal(text.spans.length, 2);
		assert.equal(text.spans[0]![0], 0, 'the first entry starts at the top, headings and all');
		assert.match(text.lines[2]!.text, /Failed tasks, newest first \(2\)/);
		assert.equal(text.spans[0]![1], text.spans[1]![0]);
		assert.equal(text.spans[1]![1], text.lines.length);
		assert.match(text.lines[0]!.text, /No source is failing/);
	});

	test('a task first listed already failed, with no end time from AWS, says "by" its time: cutwatch knows no more', () => {
		const text = failureLines(failureEntries([], selectFailedTasks(store().getState())), 100, none).lines.map((line) => line.text);
		const old = text.find((line) => line.includes('import-snap-1 '))!;
		const seen = text.find((line) => line.includes('import-snap-2 '))!;
		assert.match(old, /^ by \d\d:\d\d:\d\d /, old);
		assert.match(seen, /^ \d\d:\d\d:\d\d /, 'seen failing between two polls: its time is known');
	});

	test('a failing source comes first, with its hint and AWS message', () => {
		const s = store();
		s.getState().pollFailed(
			sourceKey('store-image', scope),
			{code: 'AccessDenied', message: 'nope', hint: 'allow ec2:DescribeStoreImageTasks', throttled: false},
			t0 + minute,
		);
		const entries = failureEntries(selectSourceProblems(s.getState()), selectFailedTasks(s.getState()));
		assert.equal(entries[0]!.type, 'source');
		const text = failureLines(entries, 80, none).lines.map((line) => line.text);
		assert.match(text[1]!, /store +error AccessDenied/);
		assert.match(text[2]!, /allow ec2:DescribeStoreImageTasks/);
		assert.match(text[3]!, /AWS says: nope/);
	});

	test("an error no answer came with (a timeout, a refused connection) is not put in AWS's mouth", () => {
		const s = store();
		s.getState().pollFailed(
			sourceKey('store-image', scope),
			{code: 'TimeoutError', message: 'no answer within 20 s', hint: 'the endpoint did not answer', throttled: false, local: true},
			t0 + minute,
		);
		const text = failureLines(failureEntries(selectSourceProblems(s.getState()), []), 80, none).lines.map((line) => line.text);
		assert.ok(
			text.some((line) => /detail: no answer within 20 s/.test(line)),
			text.join('\n'),
		);
		assert.ok(!text.some((line) => /AWS says/.test(line)), text.join('\n'));
	});

	test('the selectors keep their identity while nothing changed', () => {
		const s = store();
		const first = selectFailedTasks(s.getState());
		s.getState().pollStarted(snapKey, t0 + 2 * minute);
		assert.equal(selectFailedTasks(s.getState()), first);
	});
});
