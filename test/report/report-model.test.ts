// The report's reading of a log: tasks with their outcome and times, failures first, and honest notes about
// a file that was cut, spans runs, or holds records this version does not know.
import assert from 'node:assert/strict';
import {mkdtempSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {linesOfFile} from '../../source/report/read-log.js';
import {buildReport} from '../../source/report/report-model.js';
import {markdownReport} from '../../source/report/markdown.js';
import {minute, t0} from '../store/fixtures.js';
import {writeCutoverLog} from './log-fixture.js';

test('each task: first seen, finished, outcome, reason; failures first', () => {
	const {text} = writeCutoverLog();
	const model = buildReport('cutover.jsonl', text);
	assert.deepEqual(
		model.tasks.map((task) => [task.id, task.outcome, task.finished === undefined ? undefined : (task.finished - t0) / minute]),
		[
			['ami-0123456789abcdef0', 'failed', 70],
			['import-snap-0000000000b02', 'failed', 65],
			['import-snap-000000000old1', 'completed', undefined],
			['import-snap-0000000000a01', 'completed', 65],
		],
	);
	const hostile = model.tasks[1]!;
	assert.equal(hostile.firstSeen, t0 + 5 * minute);
	assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(hostile.name + hostile.reason), 'controls are gone before any format sees them');
	assert.match(hostile.reason!, /^ClientError: <b>bad<\/b>/);
	assert.equal(model.tasks[2]!.endedBeforeLog, true, 'already completed when first listed');
	assert.deepEqual(model.totals.get('import-snapshot'), {active: 0, completed: 2, failed: 1, cancelled: 0, unknown: 0, total: 3});
	assert.deepEqual(model.notes, []);
	assert.equal(model.reading.runs, 1);
});

test('a log cut mid-line, spanning two runs, with newer and unknown records: read, and said so', () => {
	const {text} = writeCutoverLog({restart: true, newerRecords: true, cutMidLine: true});
	const model = buildReport('cutover.jsonl', text);
	assert.equal(model.reading.runs, 2);
	assert.equal(model.reading.cutMidLine, true);
	assert.deepEqual(
		[...model.reading.ignored],
		[
			['run-end', 1],
			['progress', 1],
			['schema cutwatch.log/v9', 1],
		],
	);
	assert.equal(model.notes.length, 3);
	assert.match(model.notes[0]!, /ends in the middle of a line/);
	assert.match(model.notes[1]!, /spans 2 runs/);
	assert.match(model.notes[2]!, /run-end ×1, progress ×1, schema cutwatch\.log\/v9 ×1/);
	// The second run's re-listing does not move first-seen or finished; the new task is still running.
	const a01 = model.tasks.find((task) => task.id === 'import-snap-0000000000a01')!;
	assert.deepEqual([a01.firstSeen, a01.finished], [t0 + 5 * minute, t0 + 65 * minute]);
	const c03 = model.tasks.find((task) => task.id === 'import-snap-0000000000c03')!;
	assert.deepEqual([c03.outcome, c03.finished], ['active', undefined]);
	const md = markdownReport(model);
	assert.match(md, /> \*\*Note:\*\* The log ends in the middle of a line/);
	assert.match(md, /still running at the end of the log/);
});

test('garbage and explicit run records do not stop the report', () => {
	const lines = [
		'not json at all',
		'[1,2]',
		JSON.stringify({type: 'run-start', time: new Date(t0).toISOString()}),
		JSON.stringify({
			time: new Date(t0).toISOString(),
			type: 'appeared',
			kind: 'export-image',
			id: 'export-ami-0123456789abcdef0',
			name: 'x',
			to: {status: 'active', category: 'active'},
			initial: false,
		}),
		JSON.stringify({type: 'run-start', time: new Date(t0 + minute).toISOString()}),
		JSON.stringify({
			time: new Date(t0 + 2 * minute).toISOString(),
			type: 'cancelled',
			kind: 'export-image',
			id: 'export-ami-0123456789abcdef0',
			name: 'x',
			to: {status: 'deleted', category: 'cancelled'},
			message: 'by user',
			initial: false,
		}),
	];
	const model = buildReport('x.jsonl', lines.join('\n') + '\n');
	assert.equal(model.reading.malformed, 2);
	assert.equal(model.reading.runs, 2);
	assert.deepEqual([model.tasks[0]!.outcome, model.tasks[0]!.reason, model.tasks[0]!.finished], ['cancelled', 'by user', t0 + 2 * minute]);
});

test('Markdown: hostile names cannot add columns, markup, links or escapes', () => {
	const {text} = writeCutoverLog();
	const md = markdownReport(buildReport('cutover.jsonl', text));
	assert.ok(!md.includes('<script'), 'no raw tag');
	assert.ok(!md.includes('<img'), 'no raw tag');
	assert.ok(!/(?<!\\)\]\(javascript/.test(md), 'no link (the bracket is escaped)');
	assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(md), 'no control characters');
	// Every row of the task table has exactly its ten column separators (escaped pipes do not count).
	const table = md
		.split('## Tasks')[1]!
		.split('## Timeline')[0]!
		.split('\n')
		.filter((line) => line.startsWith('|'));
	for (const line of table) assert.equal(line.replace(/\\\|/g, '').split('|').length - 1, 10, line);
	assert.match(md, /## Timeline[\s\S]*\| `.*x.*` \|/, 'the failed bar is drawn with its mark');
});

test('a large log is read a megabyte at a time, characters split across reads intact, a cut last line noticed', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-report-big-'));
	const path = join(dir, 'big.jsonl');
	const line = (i: number) =>
		JSON.stringify({
			time: new Date(t0 + i * 1000).toISOString(),
			type: 'appeared',
			kind: 'import-snapshot',
			account: '1',
			region: 'us-east-1',
			id: `import-snap-${String(i).padStart(17, '0')}`,
			name: `disque é ${'ü'.repeat(i % 7)}`,
			to: {status: 'active', category: 'active'},
			initial: false,
		});
	const lines = Array.from({length: 12_000}, (_, i) => line(i));
	// Pad the first line until the first read ends inside a two-byte character.
	let content = Buffer.from('');
	for (let pad = 0; pad < 300; pad++) {
		const first = JSON.stringify({...JSON.parse(lines[0]!), padding: 'a'.repeat(pad)});
		content = Buffer.from(`${[first, ...lines.slice(1)].join('\n')}\n{"time":"2025-06-01T15:20:00.000Z","type":"compl`);
		if ((content[1 << 20]! & 0xc0) === 0x80) break;
	}
	assert.equal(content[1 << 20]! & 0xc0, 0x80, 'the first read ends mid-character');
	writeFileSync(path, content);
	assert.ok(statSync(path).size > 2 * 1024 * 1024, 'spans several reads');
	const model = buildReport('big.jsonl', linesOfFile(path));
	assert.equal(model.reading.events, 12_000);
	assert.equal(model.reading.malformed, 0);
	assert.equal(model.reading.cutMidLine, true);
	assert.ok(
		model.tasks.every((task) => /^disque é ü*$/.test(task.name)),
		'no character broken at a read boundary',
	);
});
