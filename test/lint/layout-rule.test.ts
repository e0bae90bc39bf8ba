// The layout rule must be able to fail: the project's own lint config, run over a small tree that breaks it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const oxlint = path.join(root, 'node_modules', '.bin', 'oxlint');
const tree = mkdtempSync(path.join(tmpdir(), 'cutwatch-lint-'));
after(() => rmSync(tree, {recursive: true, force: true}));

function lint(files: Record<string, string>): {status: number | null; output: string} {
	rmSync(path.join(tree, 'source'), {recursive: true, force: true});
	copyFileSync(path.join(root, '.oxlintrc.json'), path.join(tree, '.oxlintrc.json'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(tree, name)), {recursive: true});
		writeFileSync(path.join(tree, name), text);
	}
	const run = spawnSync(oxlint, ['-c', '.oxlintrc.json', '--deny-warnings', 'source'], {cwd: tree, encoding: 'utf8'});
	return {status: run.status, output: run.stdout + run.stderr};
}

const cliFlags = {'source/cli/flags.ts': 'export const flags = {demo: true};\n'};

test('an import of source/cli/ from outside it fails the lint, naming the file', () => {
	const result = lint({...cliFlags, 'source/outputs/watch.ts': "import {flags} from '../cli/flags.js';\nexport const demo = flags.demo;\n"});
	assert.notEqual(result.status, 0);
	assert.match(result.output, /no-restricted-imports/);
	assert.match(result.output, /source\/outputs\/watch\.ts/);
});

test('the same import from source/tui/ fails too (its react overrides do not lift the rule)', () => {
	const result = lint({...cliFlags, 'source/tui/App.tsx': "import {flags} from '../cli/flags.js';\nexport const demo = flags.demo;\n"});
	assert.notEqual(result.status, 0);
	assert.match(result.output, /source\/tui\/App\.tsx/);
});

test('the entry and cli/ itself may import cli/', () => {
	const result = lint({
		...cliFlags,
		'source/cli/help.ts': "import {flags} from './flags.js';\nexport const help = String(flags.demo);\n",
		'source/main.ts': "import {flags} from './cli/flags.js';\nexport const demo = flags.demo;\n",
	});
	assert.equal(result.status, 0, result.output);
});

test('an import cycle fails the lint', () => {
	const result = lint({
		'source/store/a.ts': "import {b} from './b.js';\nexport const a = (): number => b() + 1;\n",
		'source/store/b.ts': "import {a} from './a.js';\nexport const b = (): number => a() - 1;\n",
	});
	assert.notEqual(result.status, 0);
	assert.match(result.output, /no-cycle/);
});

test('source/config/ may import the model and nothing else', () => {
	const model = {'source/model/task.ts': "export type TaskKind = 'import-snapshot';\n"};
	const fine = lint({...model, 'source/config/config.ts': "import type {TaskKind} from '../model/task.js';\nexport type Config = {kind: TaskKind};\n"});
	assert.equal(fine.status, 0, fine.output);
	const broken = lint({
		...model,
		'source/store/state.ts': 'export type State = {ok: boolean};\n',
		'source/config/config.ts': "import type {State} from '../store/state.js';\nexport type Config = {state: State};\n",
	});
	assert.notEqual(broken.status, 0);
	assert.match(broken.output, /source\/config\/config\.ts/);
});

test('inside the simulator the folders depend one way: scenario/ ← faults/ ← protocol/ ← server/', () => {
	const server = {'source/simulator/server/request-log.ts': 'export const capacity = 10;\n'};
	const broken = lint({
		...server,
		'source/simulator/protocol/ec2/handler.ts': "import {capacity} from '../../server/request-log.js';\nexport const size = capacity;\n",
		'source/simulator/scenario/model.ts': "import {capacity} from '../server/request-log.js';\nexport const size = capacity;\n",
		'source/simulator/faults/table.ts': "import {capacity} from '../server/request-log.js';\nexport const size = capacity;\n",
	});
	assert.notEqual(broken.status, 0);
	for (const file of ['protocol/ec2/handler.ts', 'scenario/model.ts', 'faults/table.ts']) assert.match(broken.output, new RegExp(`source/simulator/${file}`));
	const fine = lint({
		...server,
		'source/simulator/scenario/random.ts': 'export const seed = 1;\n',
		'source/simulator/faults/table.ts': "import {seed} from '../scenario/random.js';\nexport const stream = seed;\n",
		'source/simulator/server/server.ts':
			"import {capacity} from './request-log.js';\nimport {stream} from '../faults/table.js';\nexport const all = capacity + stream;\n",
	});
	assert.equal(fine.status, 0, fine.output);
});

test('the simulator keeps the CLI rule as well', () => {
	const result = lint({
		...cliFlags,
		'source/simulator/protocol/ec2/handler.ts': "import {flags} from '../../../cli/flags.js';\nexport const demo = flags.demo;\n",
	});
	assert.notEqual(result.status, 0);
	assert.match(result.output, /source\/simulator\/protocol\/ec2\/handler\.ts/);
});
