// What the screen says about the journal and about a restart: the journal's trouble in the header and the
// event log, a change seen across a gap dated by it, and a q that does not end a running cutover by accident.
import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';
import {createCutwatchStore} from '../../source/store/index.js';
import {completed, cutoverStore, keyOf, scope, snapshot, t0} from './fixtures.js';
import {keys, renderScreen, type Screen} from './render-screen.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('journal and restart on screen', () => {
	test('a journal that cannot be written is named in the header and the event log', async () => {
		const store = cutoverStore();
		store.getState().setJournal({path: 'cutover.jsonl', problem: 'disk full', unwritten: 12});
		screen = renderScreen(store, {columns: 200, rows: 50});
		assert.match(screen.lines()[0]!, /journal: disk full, 12 events not written/);
		await screen.press('e');
		assert.match(screen.frame(), /Event log, newest first, UTC · journal: disk full, 12 events not written/);
		store.getState().setJournal({path: 'cutover.jsonl', unwritten: 0, resumed: 'resumed 12 events from 2 runs in 5 ms'});
		await screen.waitFor((frame) => !frame.includes('journal:'));
		assert.match(screen.frame(), /Event log, newest first, UTC · resumed 12 events from 2 runs in 5 ms/);
	});

	test('a change that happened while cutwatch was down is dated by the gap in the event log', async () => {
		const store = createCutwatchStore();
		const running = snapshot('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk', progress: 40});
		store.getState().restore({
			tasks: [
				{
					key: `import-snapshot|${scope.account}|${scope.region}|${running.id}`,
					sourceKey: keyOf.snapshot,
					task: running,
					firstSeenAt: t0,
					lastSeenAt: t0 + 14 * 60_000,
					lastProgressChangeAt: t0,
					history: [{at: t0, progress: 40}],
				},
			],
			events: [],
		});
		store.getState().registerSource('import-snapshot', scope);
		store.getState().pollSucceeded(keyOf.snapshot, [completed('import-snap-0a1b2c3d4e5f6a7b8', {description: 'web-01 root disk'})], t0 + 31 * 60_000);
		screen = renderScreen(store, {columns: 200, rows: 50});
		await screen.press('e');
		assert.match(screen.frame(), /completed .*active → completed between 12:14 and 12:31 UTC \(while cutwatch was not watching\)/);
	});

	test('q asks once while tasks are active ("q again to quit"); another key keeps watching; Ctrl-C quits at once', async () => {
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press('q');
		assert.equal(screen.quits, 0);
		assert.match(screen.lines().at(-1)!, /q again to quit: 5 tasks are still running/);
		await screen.press('j');
		assert.doesNotMatch(screen.lines().at(-1)!, /again to quit/);
		await screen.press('q');
		assert.equal(screen.quits, 0, 'the question is asked again after another key');
		await screen.press('q');
		assert.equal(screen.quits, 1);
		screen.unmount();
		screen = renderScreen(cutoverStore(), {columns: 120, rows: 40});
		await screen.press(keys.ctrlC);
		assert.equal(screen.quits, 1);
	});

	test('q quits at once when nothing is running', async () => {
		const store = createCutwatchStore();
		store.getState().registerSource('import-snapshot', scope);
		store.getState().pollSucceeded(keyOf.snapshot, [completed('import-snap-2b3c4d5e6f7a8b9c0')], t0);
		screen = renderScreen(store, {columns: 120, rows: 40});
		await screen.press('q');
		assert.equal(screen.quits, 1);
	});
});
