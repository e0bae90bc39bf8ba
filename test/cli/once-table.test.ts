// The --once table as an operator reads it: ids whole, no column repeating another, every figure under a
// header that says what it is, and which region and account each row is from when several are watched.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startSimulator} from '../../source/simulator/index.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';

type Row = Record<string, string>;

/** Cuts each line at the header's column starts, so cells with spaces (names, messages) stay whole. */
function parseTable(stdout: string): {titles: string[]; rows: Row[]} {
	const [header = '', ...lines] = stdout.trimEnd().split('\n');
	const starts = [...header.matchAll(/\S+/g)].map((match) => ({title: match[0], at: match.index}));
	const titles = starts.map((start) => start.title);
	const rows = lines.map((line) =>
		Object.fromEntries(starts.map((start, i) => [start.title, line.slice(start.at, i + 1 < starts.length ? starts[i + 1]!.at : undefined).trim()])),
	);
	return {titles, rows};
}

type JsonTask = {
	kind: string;
	id: string;
	resourceId: string | null;
	region: string;
	account: string | null;
	records: {succeeded: number; failed: number} | null;
};

test('--once: every id whole, store rows do not repeat the AMI as a name, Discovery records under their own header', async () => {
	const [table, json] = await Promise.all([runCli(['--demo', '--once']), runCli(['--demo', '--once', '--json'])]);
	assert.equal(table.code, 0, table.stderr);
	const {titles, rows} = parseTable(table.stdout);
	assert.deepEqual(titles, ['PANE', 'REGION', 'ID', 'NAME', 'STATE', 'PROGRESS', 'RECORDS(ok/failed)', 'ETA', 'MESSAGE']);
	const tasks = (JSON.parse(json.stdout) as {tasks: JsonTask[]}).tasks;
	assert.equal(rows.length, tasks.length);
	const shownIds = rows.map((row) => row['ID']);
	for (const task of tasks) {
		const id = task.kind === 'store-image' ? task.resourceId! : task.id;
		assert.ok(shownIds.includes(id), `${id} is shown whole`);
	}
	assert.ok(
		shownIds.every((id) => !id!.includes('…')),
		'no id is cut',
	);
	const store = rows.filter((row) => row['PANE'] === 'AMI store');
	assert.ok(store.length > 0);
	for (const row of store) assert.notEqual(row['NAME'], row['ID'], 'the store NAME is not the AMI again');
	const discovery = rows.filter((row) => row['PANE'] === 'Discovery imports');
	assert.ok(discovery.length > 0);
	for (const row of discovery) {
		assert.match(row['RECORDS(ok/failed)']!, /^\d+\/\d+$/);
		assert.equal(row['PROGRESS'], '', 'Discovery has no percentage');
	}
	const discoveryTask = tasks.find((task) => task.kind === 'discovery-import' && task.records)!;
	const discoveryRow = discovery.find((row) => row['ID'] === discoveryTask.id)!;
	assert.equal(discoveryRow['RECORDS(ok/failed)'], `${discoveryTask.records!.succeeded}/${discoveryTask.records!.failed}`);
});

test('--once with two regions: each row says its region, so no two rows are the same', async () => {
	const result = await runCli(['--demo', '--once', '--region', 'us-east-1,eu-west-1', '--sources', 'import']);
	assert.equal(result.code, 0, result.stderr);
	const {rows} = parseTable(result.stdout);
	assert.deepEqual(new Set(rows.map((row) => row['REGION'])), new Set(['us-east-1', 'eu-west-1']));
	const lines = result.stdout.trimEnd().split('\n');
	assert.equal(new Set(lines).size, lines.length, 'no identical rows');
});

test('--once with two accounts: an ACCOUNT column says which', async (t) => {
	const simulator = await startSimulator({});
	t.after(() => simulator.close());
	const dir = await mkdtemp(join(tmpdir(), 'cutwatch-'));
	const config = join(dir, 'config');
	const profile = (name: string) => `[profile ${name}]\naws_access_key_id = AKID${name.toUpperCase()}\naws_secret_access_key = x\nregion = us-east-1\n`;
	await writeFile(config, profile('alpha') + profile('beta'));
	const env = cleanEnv({AWS_CONFIG_FILE: config});
	const result = await runCli(['--once', '--profile', 'alpha,beta', '--endpoint-url', simulator.endpoint, '--sources', 'import'], {env});
	assert.equal(result.code, 0, result.stderr);
	const {titles, rows} = parseTable(result.stdout);
	assert.deepEqual(titles.slice(0, 3), ['PANE', 'ACCOUNT', 'REGION']);
	assert.deepEqual(new Set(rows.map((row) => row['ACCOUNT'])), new Set(['alpha', 'beta']));
	const lines = result.stdout.trimEnd().split('\n');
	assert.equal(new Set(lines).size, lines.length, 'no identical rows');
});
