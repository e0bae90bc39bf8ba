// Hostile text from AWS (here: the simulator, through the real SDK clients and sources) must reach the
// screen harmless: no escape sequence, no control character, no bidi override from the data, columns aligned.
import './force-color.js';
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import stringWidth from 'string-width';
import {createClientSet, type ClientSet} from '../../source/aws/clients.js';
import {demoCredentials, parseScenarioFile, startSimulator, type Simulator} from '../../source/simulator/index.js';
import {fetchTasks} from '../../source/sources/index.js';
import {createCutwatchStore, sourceKey, type CutwatchStore} from '../../source/store/index.js';
import {keys, renderScreen} from './render-screen.js';

const nasty = [
	'csi \u001b[31mRED\u001b[0m\u001b[2J\u001b[H',
	'osc52 \u001b]52;c;ZWNobyBwd25lZA==\u0007',
	'osc8 \u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
	'title \u001b]0;pwned\u001b\\',
	'bell \u0007',
	'c1 \u009b31m',
	'bidi \u202eevil\u202c',
	'nul \u0000',
	'tab\tnew\nline',
	'データ移行 🚚',
].join(' | ');

const scope = {region: 'us-east-1', account: 'demo'};
let simulator: Simulator;
let clients: ClientSet;
let store: CutwatchStore;

before(async () => {
	const scenario = parseScenarioFile({
		importSnapshots: [
			{id: 'import-snap-0000000000000000a', name: nasty, description: nasty, start: '-10m', outcome: 'failed', message: `ClientError: ${nasty}`},
			{id: 'import-snap-0000000000000000b', name: 'web-01 root disk', start: '-5m'},
		],
		discoveryImports: [{name: nasty}],
	});
	simulator = await startSimulator({scenario, xmlControlCharacters: 'reference'});
	clients = createClientSet({region: scope.region, endpoint: simulator.endpoint, credentials: demoCredentials});
	store = createCutwatchStore();
	for (const kind of ['import-snapshot', 'discovery-import'] as const) {
		store.getState().registerSource(kind, scope);
		const tasks = await fetchTasks(kind, clients, scope);
		store.getState().pollSucceeded(sourceKey(kind, scope), tasks, Date.now());
	}
});

after(async () => {
	clients.destroy();
	await simulator.close();
});

/** Ink's own colour codes are the only escape sequences allowed; everything else must be gone. */
function assertHarmless(raw: string, columns: number) {
	const styling = /\u001b\[[0-9;]*m/g;
	const plain = raw.replace(styling, '');
	assert.ok(raw.length > plain.length, 'colour is on, so Ink styled something');
	assert.doesNotMatch(
		plain,
		/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
		'no control, C1 or bidi character left',
	);
	for (const line of plain.split('\n').filter((each) => /^[┃│]/.test(each))) {
		assert.equal(stringWidth(line), columns, `line keeps its width: ${line}`);
	}
}

describe('hostile strings from AWS', () => {
	test('the data really is hostile when it reaches the store', () => {
		const names = [...store.getState().tasks['import-snapshot'].values()].map((tracked) => tracked.task.name);
		assert.ok(
			names.some((name) => name.includes('\u001b]52;')),
			'OSC 52 arrived through the SDK',
		);
		const discovery = [...store.getState().tasks['discovery-import'].values()][0]!;
		assert.ok(discovery.task.name.includes('\u0000') && discovery.task.name.includes('\u202e'));
	});

	for (const [columns, rows] of [
		[80, 24],
		[200, 50],
	] as const) {
		test(`${columns}×${rows}: panes, detail and event log show it harmlessly, with columns aligned`, async () => {
			const screen = renderScreen(store, {columns, rows, ui: {color: true}});
			try {
				const frames = [screen.frame()];
				assert.match(screen.frame(), /csi RED/);
				await screen.press(keys.enter);
				frames.push(screen.frame());
				assert.match(screen.frame(), /osc52/);
				assert.match(screen.frame(), /データ移行 🚚/);
				await screen.press('q', '4', keys.enter);
				frames.push(screen.frame());
				await screen.press('q', 'e');
				frames.push(screen.frame());
				for (const frame of frames) assertHarmless(frame, columns);
			} finally {
				screen.unmount();
			}
		});
	}

	test('with colour off there is no escape byte but the selection’s inverse video', () => {
		store.getState().focusPane('import-snapshot');
		const screen = renderScreen(store, {columns: 120, rows: 40, ui: {color: false}});
		try {
			assert.ok(!screen.frame().replaceAll('\u001b[7m', '').replaceAll('\u001b[27m', '').includes('\u001b'));
			assert.match(screen.frame(), /csi RED \| osc52/);
		} finally {
			screen.unmount();
		}
	});
});
