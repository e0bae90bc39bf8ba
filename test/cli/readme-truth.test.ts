// The README shows what ships: its --watch example lines are lines the built CLI prints for the demo (only
// the clock differs), and the scenario file it points to is what it says and plays.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {runCli, startCli} from '../helpers/run-cli.js';

const root = new URL('../../', import.meta.url);
const readme = () => readFile(new URL('README.md', root), 'utf8');

function watchExample(text: string): string[] {
	const block = /`--watch` lines look like this[\s\S]*?\n```\n([\s\S]*?)\n```/.exec(text);
	assert.ok(block, 'the README has a --watch example block');
	return block[1]!.split('\n');
}

const isoTime = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line as a pattern in which only the times, and the state a transition came from, may differ: which
 * intermediate state a poll last saw (an export `active` or already `deleting` before it is `deleted`)
 * depends on when the polls fall, which a loaded machine shifts. Where it went is what the README shows.
 */
function linePattern(line: string): RegExp {
	const transition = / (\S+) -> /.exec(line);
	const [head, tail] = transition ? [line.slice(0, transition.index), line.slice(transition.index + transition[0].length)] : [line, undefined];
	const timed = (text: string) => text.split(isoTime).map(escape).join(isoTime.source);
	return new RegExp(`^${timed(head)}${tail === undefined ? '' : ` \\S+ -> ${timed(tail)}`}$`, 'm');
}

// Speed 10, as the README says: the 15 s polls then fall well clear of when the demo's tasks start and end.
test('every --watch example line in the README is a line the demo prints', async () => {
	const lines = watchExample(await readme());
	assert.ok(lines.length >= 4, 'a few examples');
	const cli = await startCli(['--demo', '--speed', '10', '--watch'], /listed/, {timeoutMs: 60_000});
	try {
		for (const line of lines) await cli.waitFor(linePattern(line), 60_000);
	} finally {
		cli.child.kill('SIGTERM');
	}
});

test('the scenario file the README points to is plain JSON (as the README says) and plays in the demo', async () => {
	const text = await readme();
	const path = /`(source\/simulator\/examples\/[^`]+\.json)`/.exec(text)?.[1];
	assert.ok(path, 'the README names the example scenario');
	assert.doesNotMatch(text, /commented starting point/, 'JSON has no comments: the README must not promise them');
	JSON.parse(await readFile(new URL(path, root), 'utf8'));
	const result = await runCli(['--demo', '--scenario', fileURLToPath(new URL(path, root)), '--once']);
	assert.equal(result.code, 0, result.stderr);
	assert.match(result.stdout, /web-01/);
});
