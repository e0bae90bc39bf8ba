// The HTML report in a real browser (Debian's chromium, headless): it opens, the timeline is drawn (bars in
// the outcome colours on the screenshot), and no script runs, even one smuggled in a task name.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {outcomeColors} from '../../source/report/svg-timeline.js';
import {decodePng} from '../helpers/png.js';
import {runCli} from '../helpers/run-cli.js';
import {writeCutoverLog} from './log-fixture.js';

function findChromium(): string | undefined {
	for (const name of [process.env['CHROMIUM'], 'chromium', 'chromium-browser', 'google-chrome']) {
		if (!name) continue;
		const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'});
		if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim();
	}
	return undefined;
}

function hex(color: string): [number, number, number] {
	return [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
}

test('the HTML report is one self-contained file that escapes every string', async () => {
	const {dir, path} = writeCutoverLog({restart: true, cutMidLine: true});
	const out = join(dir, 'report.html');
	const result = await runCli(['report', path, '--out', out]);
	assert.equal(result.code, 0, result.stderr);
	assert.match(result.stderr, /wrote .*report\.html: 5 tasks \(2 notes about the log inside\)/);
	assert.equal(statSync(out).mode & 0o777, 0o600);
	const html = readFileSync(out, 'utf8');
	assert.ok(!/<script/i.test(html), 'no script element');
	assert.ok(!/<img|<link|<iframe|<object/i.test(html), 'no element that loads anything');
	assert.ok(!/<[^>]*\son\w+=/i.test(html), 'no event handler attribute');
	assert.deepEqual(html.match(/https?:\/\/[^"'\s<]*/g), ['http://www.w3.org/2000/svg'], 'nothing external (the SVG namespace is a name, not a fetch)');
	assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
	assert.match(html, /&lt;script&gt;document\.body\.dataset\.pwned/);
	assert.match(html, /ends in the middle of a line/);
});

test('chromium opens it, draws the timeline and runs no script', async (t) => {
	const chromium = findChromium();
	if (!chromium) {
		t.skip('chromium is not installed (apt-get install chromium; .ci/run does it): the HTML report was not opened in a browser');
		return;
	}
	const {dir, path} = writeCutoverLog();
	const out = join(dir, 'report.html');
	assert.equal((await runCli(['report', path, '--format', 'html', '--out', out])).code, 0);
	const base = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', `--user-data-dir=${join(dir, 'profile')}`];
	const shot = join(dir, 'report.png');
	const run = (args: string[]) => spawnSync(chromium, [...base, ...args, `file://${out}`], {encoding: 'utf8', timeout: 90_000});

	const dom = run(['--dump-dom']);
	assert.equal(dom.status, 0, dom.stderr);
	assert.match(dom.stdout, /<svg[^>]*class="timeline"/);
	assert.equal(dom.stdout.match(/<rect [^>]*class="bar /g)?.length, 3, 'one bar per task that ran while watched');
	assert.match(dom.stdout, /1 task already over when cutwatch first listed it is in the table only/);
	assert.ok(!dom.stdout.includes('data-pwned'), 'the script in a task name did not run');
	assert.match(dom.stdout, /&lt;script&gt;document\.body\.dataset\.pwned/, 'it is shown as text');

	const screenshot = run([`--screenshot=${shot}`, '--window-size=1100,800']);
	assert.equal(screenshot.status, 0, screenshot.stderr);
	const image = decodePng(readFileSync(shot));
	const counts = new Map<string, number>();
	const wanted = new Map(['failed', 'completed'].map((outcome) => [hex(outcomeColors[outcome as 'failed'])!.join(','), outcome]));
	for (let y = 0; y < image.height; y++) {
		for (let x = 0; x < image.width; x++) {
			const outcome = wanted.get(image.pixel(x, y).join(','));
			if (outcome) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
		}
	}
	// Two failed bars and one completed bar of at least 12 × 100 px each (the bars span an hour of 70 minutes).
	assert.ok((counts.get('failed') ?? 0) > 2000, `failed-red pixels on screen: ${counts.get('failed') ?? 0}`);
	assert.ok((counts.get('completed') ?? 0) > 1000, `completed-green pixels on screen: ${counts.get('completed') ?? 0}`);
	t.diagnostic(`screenshot ${image.width}×${image.height}: ${counts.get('failed')} failed-red and ${counts.get('completed')} completed-green pixels`);
});
