// The journal writer: every task event the moment it lands in the store, plus what a later run needs to
// resume — bounded progress samples, a "source answered" mark at most once a minute, the run's start and
// clean end, and --until-done's baseline. Lines go through the appender (appender.ts), which survives a full
// disk. The file is owner-only: it names the account's tasks and buckets.
import {randomUUID} from 'node:crypto';
import {eventsSince, kindOfKey, type CutwatchState, type CutwatchStore, type SourceState, type TrackedTask} from '../store/index.js';
import {createAppender, describeError, openForAppend, type AppenderOptions, type AppenderStatus} from './appender.js';
import {eventRecord, iso, line} from './records.js';
import {journalSchema, type DemoRecord, type RunSelection, type RunStartRecord} from './schema.js';

/** A sample is written once progress moved this much since the last one written… */
export const samplePercent = 5;
/** …or this long after it, whichever comes first; and at most one "seen" mark per source per minute. */
export const sampleEveryMs = 5 * 60_000;
export const seenEveryMs = 60_000;

export type StepBaseline = {firstSuccessAt: ReadonlyMap<string, number>; running: ReadonlySet<string>};

export type JournalWriter = {
	run: string;
	status(): AppenderStatus;
	/** --until-done's baseline, written once when the step begins (not when it is resumed). */
	step(baseline: StepBaseline, now: number): void;
	close(end: {exitCode: number | null; done: boolean}, now: number): void;
};

export type OpenJournalOptions = AppenderOptions & {
	/** --once and --until-done cannot run without their record: an unopenable journal is fatal there. */
	required: boolean;
	now: () => number;
};

export class JournalOpenError extends Error {
	constructor(
		readonly path: string,
		readonly reason: string,
	) {
		super(`--log ${path}: cannot open for appending (${reason}); pick a writable path`);
	}
}

export function openJournalWriter(
	path: string,
	store: CutwatchStore,
	selection: RunSelection,
	options: OpenJournalOptions & {demo?: DemoRecord | undefined},
): JournalWriter {
	let fd: number | undefined;
	let problem: string | undefined;
	try {
		fd = openForAppend(path);
	} catch (error) {
		if (options.required) throw new JournalOpenError(path, error instanceof Error && 'code' in error ? String(error.code) : 'cannot open');
		problem = `cannot open: ${describeError(error)}`;
	}
	const appender = createAppender(path, fd, problem, options);
	const run = randomUUID();
	const start: RunStartRecord = {schema: journalSchema, rec: 'run-start', time: iso(options.now()), run, pid: process.pid, selection};
	if (options.demo) start.demo = options.demo;
	appender.append([line(start)], () => false);

	let lastSeq = store.getState().nextSeq - 1;
	let tasksSeen = store.getState().tasks;
	let sourcesSeen = store.getState().sources;
	const sampled = new Map<string, {at: number; progress: number}>();
	const seenAt = new Map<string, number>();
	// Restored tasks were sampled by the run that journaled them.
	for (const map of Object.values(tasksSeen)) {
		for (const tracked of map.values()) {
			const last = tracked.history.at(-1);
			if (last) sampled.set(tracked.key, last);
		}
	}

	const sampleLine = (tracked: TrackedTask): string | undefined => {
		const last = tracked.history.at(-1);
		if (!last) return undefined;
		const before = sampled.get(tracked.key);
		if (before && last.progress === before.progress) return undefined;
		if (before && last.progress > before.progress && last.progress - before.progress < samplePercent && last.at - before.at < sampleEveryMs) return undefined;
		sampled.set(tracked.key, last);
		const {task} = tracked;
		return line({rec: 'sample', time: iso(last.at), kind: task.kind, account: task.account ?? null, region: task.region, id: task.id, progress: last.progress});
	};

	const seenLine = (source: SourceState): string | undefined => {
		const at = source.lastSuccessAt;
		if (at === undefined || at - (seenAt.get(source.key) ?? -Infinity) < seenEveryMs) return undefined;
		seenAt.set(source.key, at);
		return line({rec: 'seen', time: iso(at), source: source.key});
	};

	const onChange = (state: CutwatchState) => {
		const lines: string[] = [];
		let events = 0;
		const fresh = eventsSince(state.events, lastSeq);
		if (fresh.length > 0) {
			lastSeq = fresh.at(-1)!.seq;
			for (const event of fresh) lines.push(line(eventRecord(event, state.tasks[event.kind].get(event.taskKey))));
			events = fresh.length;
			// An event records the task's state; its progress is a sample already.
			for (const event of fresh) {
				const last = state.tasks[event.kind].get(event.taskKey)?.history.at(-1);
				if (last) sampled.set(event.taskKey, last);
			}
		}
		if (state.tasks !== tasksSeen) {
			for (const kind of Object.keys(state.tasks) as Array<keyof typeof state.tasks>) {
				const map = state.tasks[kind];
				if (map === tasksSeen[kind]) continue;
				const before = tasksSeen[kind];
				for (const tracked of map.values()) {
					if (before.get(tracked.key) === tracked) continue;
					const sample = sampleLine(tracked);
					if (sample) lines.push(sample);
				}
				// Forget what the store forgot, so the bookkeeping is bounded by the store.
				for (const key of sampled.keys()) if (kindOfKey(key) === kind && !map.has(key)) sampled.delete(key);
			}
			tasksSeen = state.tasks;
		}
		if (state.sources !== sourcesSeen) {
			for (const source of state.sources.values()) {
				const seen = seenLine(source);
				if (seen) lines.push(seen);
			}
			sourcesSeen = state.sources;
		}
		if (lines.length > 0) appender.append(lines, (index) => index < events);
		else if (appender.status().problem !== undefined) appender.retry();
	};
	const unsubscribe = store.subscribe(onChange);

	return {
		run,
		status: () => appender.status(),
		step(baseline, now) {
			const firstSuccessAt = Object.fromEntries([...baseline.firstSuccessAt].map(([key, at]) => [key, iso(at)]));
			appender.append([line({rec: 'step', time: iso(now), run, firstSuccessAt, running: [...baseline.running]})], () => false);
		},
		close(end, now) {
			unsubscribe();
			onChange(store.getState());
			// A clean exit leaves the newest progress of every task, so the next run's ETAs start exact.
			const last: string[] = [];
			for (const map of Object.values(store.getState().tasks)) {
				for (const tracked of map.values()) {
					const sample = tracked.history.at(-1);
					if (sample && sampled.get(tracked.key) !== sample) {
						sampled.set(tracked.key, sample);
						last.push(
							line({
								rec: 'sample',
								time: iso(sample.at),
								kind: tracked.task.kind,
								account: tracked.task.account ?? null,
								region: tracked.task.region,
								id: tracked.task.id,
								progress: sample.progress,
							}),
						);
					}
				}
			}
			if (last.length > 0) appender.append(last, () => false);
			appender.append([line({rec: 'run-end', time: iso(now), run, exitCode: end.exitCode, done: end.done})], () => false);
			appender.close();
		},
	};
}
