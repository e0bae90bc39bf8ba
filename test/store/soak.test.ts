// A day of polling compressed into a loop: 1,000 tasks over two sources, constant churn (tasks start,
// finish, stall, fail and age out of the API), failure windows on and off. Memory must stay flat: the
// tracked tasks, the event log and the progress history all have to level off.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import type {Task} from '../../source/model/task.js';
import {selectCounts, selectPaneTasks, selectSelectedTask} from '../../source/store/index.js';
import {hour, minute, snapKey, snapshot, storeKey, storeTask, storeWithSources, t0} from './fixtures.js';

type SimTask = {id: string; progress: number; stuck: boolean; state: 'active' | 'completed' | 'failed'; endedAt?: number};

function random(seed: number): () => number {
	// mulberry32: deterministic, so a failure reproduces.
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

const listed = 500; // per source: AWS lists the newest 500, older ones age out
const newPerPoll = 2;
const pollMs = 60_000;
const goneRetentionMs = 3 * hour;

/** Live heap after a full collection (the runner does not expose gc, so enable it for this process). */
function retainedHeap(): number {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
	return process.memoryUsage().heapUsed;
}

test('24 hours of polls keep tracked tasks, events and history bounded', (t) => {
	const rand = random(42);
	const store = storeWithSources({goneRetentionMs, eventLimit: 5_000, historyLimit: 60});
	const sims = {snap: [] as SimTask[], store: [] as SimTask[]};
	let serial = 0;
	const spawn = (pool: SimTask[]) => pool.push({id: `t${serial++}`, progress: 0, stuck: rand() < 0.05, state: 'active'});
	for (let i = 0; i < listed; i++) {
		spawn(sims.snap);
		spawn(sims.store);
	}

	const toTask = (which: 'snap' | 'store', sim: SimTask): Task => {
		if (which === 'snap') {
			if (sim.state === 'completed') return snapshot(sim.id, {status: 'completed', category: 'completed', message: undefined, progress: undefined});
			if (sim.state === 'failed') return snapshot(sim.id, {status: 'deleted', category: 'failed', message: 'ClientError: timed out', progress: undefined});
			return snapshot(sim.id, {progress: Math.floor(sim.progress)});
		}
		if (sim.state === 'completed') return storeTask(sim.id, {status: 'Completed', category: 'completed', progress: 100});
		if (sim.state === 'failed') return storeTask(sim.id, {status: 'Failed', category: 'failed', message: 'timed out', progress: Math.floor(sim.progress)});
		return storeTask(sim.id, {progress: Math.floor(sim.progress)});
	};

	const bound = 2 * (listed + newPerPoll * (goneRetentionMs / pollMs) + newPerPoll);
	let maxTracked = 0;
	let maxSamples = 0;
	const heap = new Map<number, number>();
	let polls = 0;
	let failures = 0;
	for (let now = t0; now <= t0 + 24 * hour; now += pollMs) {
		for (const [which, key] of [
			['snap', snapKey],
			['store', storeKey],
		] as const) {
			const pool = sims[which];
			for (const sim of pool) {
				if (sim.state !== 'active') continue;
				if (sim.stuck) {
					if (rand() < 0.002) sim.state = 'failed';
					continue;
				}
				sim.progress = Math.min(100, sim.progress + rand() * 2);
				if (sim.progress >= 100) sim.state = 'completed';
			}
			for (let i = 0; i < newPerPoll; i++) spawn(pool);
			pool.splice(0, pool.length - listed);

			const {pollStarted, pollSucceeded, pollFailed, expire} = store.getState();
			pollStarted(key, now);
			// Out for 15 minutes in every 90, throttled and erroring in turn.
			const minuteOfCycle = ((now - t0) / minute) % 90;
			if (minuteOfCycle < 15) {
				failures++;
				pollFailed(key, {code: 'X', message: 'down', hint: 'wait', throttled: Math.floor((now - t0) / (90 * minute)) % 2 === 0}, now, now + pollMs);
			} else {
				pollSucceeded(
					key,
					pool.map((sim) => toTask(which, sim)),
					now,
					now + pollMs,
				);
			}
			expire(now);
			polls++;
		}

		// The TUI reads every frame; its memo caches must not hold on to old states either.
		store.getState().setSearch((now / pollMs) % 2 === 0 ? '' : 't1');
		for (const kind of ['import-snapshot', 'store-image'] as const) {
			selectPaneTasks(store.getState(), kind);
			selectSelectedTask(store.getState(), kind);
		}
		selectCounts(store.getState());

		const state = store.getState();
		let tracked = 0;
		for (const kind of ['import-snapshot', 'store-image'] as const) {
			for (const task of state.tasks[kind].values()) {
				tracked++;
				maxSamples = Math.max(maxSamples, task.history.length);
			}
		}
		maxTracked = Math.max(maxTracked, tracked);
		assert.ok(tracked <= bound, `${tracked} tracked tasks at ${(now - t0) / hour} h exceeds ${bound}`);
		assert.ok(state.events.length <= 5_000);
		if ((now - t0) % (6 * hour) === 0 && now > t0) heap.set((now - t0) / hour, retainedHeap());
	}

	const state = store.getState();
	assert.ok(maxSamples <= 60, `history reached ${maxSamples}`);
	assert.equal(state.events.length, 5_000, 'the log filled and stayed at its limit');
	assert.ok(state.nextSeq - 1 > 2 * state.events.length, 'far more events happened than were kept');
	assert.equal(selectCounts(state).total, 2 * listed, 'what AWS lists now is what counts');
	assert.ok(selectCounts(state).gone > 0, 'gone tasks are kept a while');
	assert.ok(failures > 0);
	// Steady state from 6 h on: retained memory must not keep climbing (loose, the runner shares the heap).
	assert.ok(heap.get(24)! < heap.get(6)! * 1.5, `heap grew from ${heap.get(6)} to ${heap.get(24)}`);
	const mib = [...heap].map(([h, bytes]) => `${h} h ${(bytes / 2 ** 20).toFixed(1)} MiB`).join(', ');
	t.diagnostic(
		`${polls} polls (${failures} failed); max tracked ${maxTracked} (bound ${bound}); ` +
			`events ${state.events.length} of ${state.nextSeq - 1}; retained heap ${mib}`,
	);
});
