// The fault matrix: every operation × every fault the simulator can inject, through the real SDK clients, the
// real poller and the real store, on a manual clock. Each cell: healthy for two minutes, the fault for six
// (long enough for the backoff to reach its cap), then the fault clears. What a user must see in each cell:
// - nothing crashes, no unhandled rejection;
// - the other panes keep updating;
// - the faulty pane keeps its last good tasks, marked stale, with an error that names the cause and what to do;
// - requests to the faulty operation stay under a bound derived from the schedule (no retry storm);
// - once the fault clears, the pane is fresh again within one polling interval, by itself.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {taskKinds, type TaskKind} from '../../source/model/task.js';
import {defaultSchedule} from '../../source/poller/schedule.js';
import type {Fault} from '../../source/simulator/index.js';
import {sourceInfo} from '../../source/sources/index.js';
import {openFaultSession, operationOf, settle, type FaultSession} from './fault-session.js';
import {maxRequestsDuring, type Outcome} from './request-bounds.js';

const healthyMs = 2 * 60_000;
const faultMs = 6 * 60_000;
/** "One polling interval": a source with no active tasks is polled every 60 s; with active ones, every 15 s. */
const oneInterval = defaultSchedule.idleMs;
/** Real time: a hung request costs this much wall-clock time, so only the hang cells set it. */
const hangTimeoutMs = 200;

type Service = 'ec2' | 'discovery';
const serviceOf = (kind: TaskKind): Service => (kind === 'discovery-import' ? 'discovery' : 'ec2');

type Column = {
	fault: string;
	outcome: Outcome;
	/** The error code shown, per service (absent: the source keeps succeeding). */
	code?: Record<Service, string>;
	phase?: 'throttled' | 'error';
	/** Cause and what to do, as the hint must say them. */
	hint?: (kind: TaskKind) => RegExp[];
	inject(session: FaultSession, kind: TaskKind): Promise<void> | void;
	clear(session: FaultSession, kind: TaskKind): Promise<void> | void;
	requestTimeoutMs?: number;
	/** Only Discovery has a home region. */
	discoveryOnly?: boolean;
	/** A refused connection takes down the one endpoint all four sources share. */
	wholeEndpoint?: boolean;
};

const setFault = (fault: Fault) => (session: FaultSession, kind: TaskKind) => session.sim().setFault(operationOf(kind), fault);
const clearFault = (session: FaultSession, kind: TaskKind) => session.sim().setFault(operationOf(kind), undefined);

const columns: Column[] = [
	{
		fault: 'throttle',
		outcome: 'throttled',
		code: {ec2: 'RequestLimitExceeded', discovery: 'ThrottlingException'},
		phase: 'throttled',
		hint: () => [/throttling/, /backing off/],
		inject: setFault({kind: 'throttle'}),
		clear: clearFault,
	},
	{
		fault: 'error500',
		outcome: 'transient',
		code: {ec2: 'InternalError', discovery: 'ServerInternalErrorException'},
		phase: 'error',
		hint: () => [/AWS server error/, /retrying/],
		inject: setFault({kind: 'error500'}),
		clear: clearFault,
	},
	{
		fault: 'latency',
		outcome: 'ok',
		inject: setFault({kind: 'latency', ms: 40}),
		clear: clearFault,
	},
	{
		fault: 'hang',
		outcome: 'transient',
		code: {ec2: 'TimeoutError', discovery: 'TimeoutError'},
		phase: 'error',
		hint: () => [/did not answer within/, /retrying/],
		inject: setFault({kind: 'hang'}),
		clear: clearFault,
		requestTimeoutMs: hangTimeoutMs,
	},
	{
		fault: 'refused',
		outcome: 'transient',
		code: {ec2: 'ECONNREFUSED', discovery: 'ECONNREFUSED'},
		phase: 'error',
		hint: () => [/refused the connection/, /--endpoint-url/, /retrying/],
		inject: (session) => session.stopSimulator(),
		clear: (session) => session.startAgain(),
		wholeEndpoint: true,
	},
	{
		fault: 'malformed',
		outcome: 'transient',
		code: {ec2: 'DeserializationError', discovery: 'DeserializationError'},
		phase: 'error',
		hint: () => [/could not be read/, /retrying/],
		inject: setFault({kind: 'malformed'}),
		clear: clearFault,
	},
	{
		fault: 'denied',
		outcome: 'denied',
		code: {ec2: 'UnauthorizedOperation', discovery: 'AuthorizationErrorException'},
		phase: 'error',
		hint: (kind) => [new RegExp(`does not allow ${sourceInfo[kind].iamAction}`), /add it/],
		inject: setFault({kind: 'denied'}),
		clear: clearFault,
	},
	{
		fault: 'expired',
		outcome: 'expired',
		code: {ec2: 'RequestExpired', discovery: 'ExpiredTokenException'},
		phase: 'error',
		hint: () => [/credentials expired/, /log in again/, /picks them up by itself/],
		inject: setFault({kind: 'expired'}),
		clear: clearFault,
	},
	{
		fault: 'home-region',
		outcome: 'config',
		code: {ec2: 'n/a', discovery: 'HomeRegionNotSetException'},
		phase: 'error',
		hint: () => [/home region is not set/, /--discovery-region/],
		inject: setFault({kind: 'home-region'}),
		clear: clearFault,
		discoveryOnly: true,
	},
];

type Cell = {result: 'PASS' | 'FAIL' | 'n/a'; requests?: number; bound?: number; recoveredMs?: number; note?: string};
const matrix = new Map<string, Cell>();
const cellKey = (fault: string, kind: TaskKind) => `${fault}|${kind}`;

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));
process.on('uncaughtException', (error) => unhandled.push(error));

/** Runs one cell; `faulty` are the sources the fault hits (all four for a refused connection). */
async function runCell(column: Column, kind: TaskKind): Promise<Map<TaskKind, Cell>> {
	const session = await openFaultSession({requestTimeoutMs: column.requestTimeoutMs});
	try {
		const faulty = column.wholeEndpoint ? [...taskKinds] : [kind];
		const others = taskKinds.filter((k) => !faulty.includes(k));
		session.poller.start();
		await settle();
		await session.poller.idle();
		await session.runUntil(session.timers.now() + healthyMs);
		for (const k of taskKinds) assert.equal(session.source(k).phase, 'ok', `${k} healthy before the fault`);

		const goodTasks = new Map(faulty.map((k) => [k, [...session.tasks(k).keys()]]));
		const start = session.timers.now();
		const requestsBefore = new Map(faulty.map((k) => [k, session.requests(k)]));
		const attempts = new Map(faulty.map((k) => [k, 0]));
		const lastAttempt = new Map(faulty.map((k) => [k, session.source(k).lastAttemptAt]));
		const watch = () => {
			for (const k of faulty) {
				const at = session.source(k).lastAttemptAt;
				if (at !== lastAttempt.get(k)) attempts.set(k, attempts.get(k)! + 1);
				lastAttempt.set(k, at);
				const tasks = session.tasks(k);
				for (const key of goodTasks.get(k)!) assert.ok(tasks.has(key), `${k}: last good task ${key} stays during the fault`);
			}
			assert.deepEqual(unhandled, [], 'no unhandled rejection or exception');
		};

		await column.inject(session, kind);
		await session.runUntil(start + faultMs, watch);
		// Worst case for recovery: the fault clears right after a failed attempt, when the next one is furthest away.
		const attemptsSoFar = attempts.get(kind)!;
		await session.tickUntil(() => attempts.get(kind)! > attemptsSoFar, Number.POSITIVE_INFINITY, watch);
		const end = session.timers.now();
		const windowMs = end - start;

		const cells = new Map<TaskKind, Cell>();
		for (const k of faulty) {
			const source = session.source(k);
			// A refused connection never reaches the simulator: count the poller's attempts (one request each).
			const requests = column.wholeEndpoint ? attempts.get(k)! : session.requests(k) - requestsBefore.get(k)!;
			const bound = maxRequestsDuring(windowMs, k, column.outcome);
			assert.ok(requests >= 1, `${k}: polled during the fault`);
			assert.ok(requests <= bound, `${k}: ${requests} requests in ${Math.round(windowMs / 1000)} s of ${column.fault}, bound ${bound}`);
			assert.equal(session.tasks(k).size >= goodTasks.get(k)!.length, true, `${k}: last good data stays`);
			if (column.outcome === 'ok') {
				assert.equal(source.lastError, undefined, `${k}: a slow answer is not an error`);
				assert.equal(source.staleSince, undefined);
				assert.ok(source.lastSuccessAt! > start, `${k} keeps updating while slow`);
			} else {
				assert.equal(source.phase, column.phase, `${k} phase`);
				assert.ok(source.staleSince !== undefined && source.staleSince >= start, `${k}: marked stale since the fault`);
				const error = source.lastError!;
				assert.equal(error.code, column.code![serviceOf(k)], `${k}: the code names the cause`);
				assert.ok(error.message.length > 0);
				for (const pattern of column.hint!(k)) assert.match(error.hint, pattern, `${k}: hint`);
				if (column.outcome === 'expired') assert.ok(session.renewals(k) >= 1, `${k}: credentials re-read from the chain`);
			}
			cells.set(k, {result: 'FAIL', requests, bound});
		}
		for (const k of others) {
			const source = session.source(k);
			assert.equal(source.phase, 'ok', `${k} keeps updating while ${kind} has ${column.fault}`);
			assert.equal(source.staleSince, undefined, `${k} is not stale`);
			assert.ok(source.lastSuccessAt! > start && end - source.lastSuccessAt! <= oneInterval, `${k}: lastSuccessAt advances`);
		}

		await column.clear(session, kind);
		const cleared = session.timers.now();
		const recovered = await session.tickUntil(() => faulty.every((k) => (session.source(k).lastSuccessAt ?? 0) > cleared), cleared + oneInterval);
		assert.ok(recovered, `${faulty.join(', ')} fresh again within one polling interval (${oneInterval / 1000} s) after the fault cleared`);
		for (const k of faulty) {
			const source = session.source(k);
			assert.equal(source.phase, 'ok');
			assert.equal(source.staleSince, undefined, `${k}: no longer stale`);
			assert.equal(source.lastError, undefined, `${k}: error cleared`);
			cells.set(k, {...cells.get(k)!, result: 'PASS', recoveredMs: source.lastSuccessAt! - cleared});
		}
		assert.deepEqual(unhandled, []);
		return cells;
	} finally {
		await session.close();
	}
}

for (const column of columns) {
	if (column.wholeEndpoint) {
		test(`all four operations × ${column.fault} (simulator stopped, then started again on its port)`, async () => {
			for (const kind of taskKinds) matrix.set(cellKey(column.fault, kind), {result: 'FAIL'});
			const cells = await runCell(column, 'import-snapshot');
			for (const [kind, cell] of cells) matrix.set(cellKey(column.fault, kind), {...cell, note: 'all four at once'});
		});
		continue;
	}
	for (const kind of taskKinds) {
		if (column.discoveryOnly && kind !== 'discovery-import') {
			matrix.set(cellKey(column.fault, kind), {result: 'n/a', note: 'EC2 has no home region'});
			continue;
		}
		test(`${operationOf(kind)} × ${column.fault}`, async () => {
			matrix.set(cellKey(column.fault, kind), {result: 'FAIL'});
			const cells = await runCell(column, kind);
			matrix.set(cellKey(column.fault, kind), cells.get(kind)!);
		});
	}
}

after(() => {
	const width = 30;
	const pad = (text: string, n = width) => text.padEnd(n);
	const lines = [
		`fault matrix: ${healthyMs / 60_000} min healthy, then the fault for ${faultMs / 60_000} min and until the next failed attempt, then cleared (manual clock, the clients as shipped)`,
		'cell: result, requests to the faulty operation during the fault ≤ bound from the schedule, time to fresh data after clearing',
		pad('fault', 13) + taskKinds.map((kind) => pad(operationOf(kind))).join(''),
	];
	for (const column of columns) {
		const cells = taskKinds.map((kind) => {
			const cell = matrix.get(cellKey(column.fault, kind));
			if (!cell) return pad('-');
			if (cell.result === 'n/a') return pad(`n/a (${cell.note})`);
			const counts = cell.requests === undefined ? '' : ` ${cell.requests}≤${cell.bound}`;
			const recovery = cell.recoveredMs === undefined ? '' : ` ${Math.round(cell.recoveredMs / 1000)}s`;
			return pad(`${cell.result}${counts}${recovery}`);
		});
		lines.push(pad(column.fault, 13) + cells.join(''));
	}
	lines.push(
		`For scale: healthy with active tasks, a source sends up to ${maxRequestsDuring(faultMs, 'import-snapshot', 'ok')} requests in ${faultMs / 60_000} min; one polling interval is ${oneInterval / 1000} s.`,
		"refused: nothing listens on the simulator port, so all four fail together; the count is the poller's connection attempts.",
		'latency: 40 ms per answer, below the request timeout, so the source keeps succeeding (counted against its healthy schedule).',
	);
	console.log(lines.join('\n'));
});
