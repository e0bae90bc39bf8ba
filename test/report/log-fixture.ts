// A --log file written by cutwatch's own journal writer (cutwatch.log/v2) from a store driven through a short
// cutover, then what a night adds: a restart (a second run listing the same tasks), records of a newer
// journal, a record of an unknown schema, and a last line cut mid-write.
import {appendFileSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openJournalWriter} from '../../source/journal/write.js';
import type {CutwatchStore} from '../../source/store/index.js';
import {completed, failed, minute, snapKey, snapshot, storeKey, storeTask, storeWithSources, t0} from '../store/fixtures.js';

/** Names an attacker controls (Description / Name tags): markup, Markdown, terminal escapes. */
export const hostileName =
	'<script>document.body.dataset.pwned="1"</script><img src=x onerror=alert(1)> | ](javascript:x) **b** \u001b]52;c;aGk=\u0007\u001b[2J';
export const hostileReason = 'ClientError: <b>bad</b> | disk & "quotes" \u009b31m';

const selection = {
	mode: 'watch',
	kinds: ['import-snapshot', 'store-image'],
	regions: ['us-east-1'],
	profiles: [],
	discoveryRegion: null,
	endpoint: null,
	ids: {},
	statuses: [],
	untilDone: false,
	demo: false,
};

/** The journal writer as the CLI opens it, on the fixture's clock; `close` writes the clean end. */
function openEventLogFile(path: string, store: CutwatchStore, startedAt: number) {
	const writer = openJournalWriter(path, store, selection, {required: true, now: () => startedAt});
	return {close: () => writer.close({exitCode: 0, done: false}, startedAt)};
}

export type LogFixture = {dir: string; path: string; text: string};

export function writeCutoverLog(options: {restart?: boolean; newerRecords?: boolean; cutMidLine?: boolean} = {}): LogFixture {
	const dir = mkdtempSync(join(tmpdir(), 'cutwatch-report-'));
	const path = join(dir, 'cutover.jsonl');
	const store = storeWithSources();
	const log = openEventLogFile(path, store, t0);
	const poll = store.getState().pollSucceeded;
	// Already done when cutwatch started.
	poll(snapKey, [completed('import-snap-000000000old1')], t0);
	poll(storeKey, [storeTask('ami-0123456789abcdef0')], t0);
	poll(
		snapKey,
		[
			completed('import-snap-000000000old1'),
			snapshot('import-snap-0000000000a01', {progress: 10, description: 'db-01 root'}),
			snapshot('import-snap-0000000000b02', {progress: 5, description: hostileName}),
		],
		t0 + 5 * minute,
	);
	poll(
		snapKey,
		[
			completed('import-snap-000000000old1'),
			completed('import-snap-0000000000a01', {description: 'db-01 root'}),
			failed('import-snap-0000000000b02', {description: hostileName, message: hostileReason}),
		],
		t0 + 65 * minute,
	);
	poll(
		storeKey,
		[storeTask('ami-0123456789abcdef0', {status: 'Failed', category: 'failed', message: 'Access denied to bucket ami-archive'})],
		t0 + 70 * minute,
	);
	log.close();
	if (options.newerRecords) {
		appendFileSync(path, `${JSON.stringify({schema: 'cutwatch.log/v2', type: 'run-end', time: new Date(t0 + 71 * minute).toISOString()})}\n`);
		appendFileSync(
			path,
			`${JSON.stringify({schema: 'cutwatch.log/v2', type: 'progress', time: new Date(t0 + 71 * minute).toISOString(), kind: 'import-snapshot', id: 'x', progress: 4})}\n`,
		);
		appendFileSync(path, `${JSON.stringify({schema: 'cutwatch.log/v9', type: 'hologram'})}\n`);
	}
	if (options.restart) {
		// A second run, two hours later: the same tasks listed again as already there, and a new one that runs on.
		const again = storeWithSources();
		const second = openEventLogFile(path, again, t0 + 180 * minute);
		again
			.getState()
			.pollSucceeded(snapKey, [completed('import-snap-000000000old1'), completed('import-snap-0000000000a01', {description: 'db-01 root'})], t0 + 180 * minute);
		again
			.getState()
			.pollSucceeded(
				snapKey,
				[
					completed('import-snap-000000000old1'),
					completed('import-snap-0000000000a01', {description: 'db-01 root'}),
					snapshot('import-snap-0000000000c03', {progress: 1, description: 'app-03 data'}),
				],
				t0 + 190 * minute,
			);
		second.close();
	}
	if (options.cutMidLine) appendFileSync(path, '{"time":"2025-06-01T15:20:00.000Z","type":"compl');
	return {dir, path, text: readFileSync(path, 'utf8')};
}
