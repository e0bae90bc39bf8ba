// --until-done: decides when the selected tasks of one runbook step have finished, and how it went.
// Which tasks count: with explicit ids, exactly those, across every kind, and only the sources of their kinds
// are waited for (another pane watched alongside with --sources neither holds up nor fails the step);
// otherwise the tasks that were running at the first poll or appeared after it — yesterday's failures are
// history, not this step's outcome.
import {matchesStatus} from '../session/status-filters.js';
import type {SelectableStatus} from '../config/config.js';
import {exitCodes} from '../config/usage-error.js';
import {displayId} from '../model/display-id.js';
import {hasIds, idsOfKind, isSelectedById, kindsWithIds, type IdSelection} from '../model/id-selection.js';
import {kindLabels, type TaskKind} from '../model/task.js';
import type {CutwatchState, CutwatchStore, SourceState, TrackedTask} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';
import {formatDuration} from '../format/duration.js';
import type {Deadline} from '../model/deadline.js';

export type DoneResult = {exitCode: number; summary: string};

export type UntilDoneOptions = {
	ids: IdSelection;
	statuses: readonly SelectableStatus[];
	startedAt: number;
	/**
	 * A step resumed from the journal: which tasks it waits for was decided by its first run, so a restart
	 * (and whatever finished meanwhile) does not change the outcome.
	 */
	baseline?: StepBaseline | undefined;
	/** Told once the step's baseline is known (every source answered), so the journal can keep it. */
	onBaseline?: ((baseline: StepBaseline) => void) | undefined;
	/** --deadline: once it passes with selected tasks still active, the step ends with exit code 4. */
	deadline?: Deadline | undefined;
	/** Told how many selected tasks are still active after every check that could count them. */
	onRunning?: ((count: number) => void) | undefined;
};

/** When each source first answered in the step, and the tasks that were running then. */
export type StepBaseline = {firstSuccessAt: ReadonlyMap<string, number>; running: ReadonlySet<string>};

const allTasks = (state: CutwatchState): TrackedTask[] => Object.values(state.tasks).flatMap((map) => [...map.values()]);

export function watchUntilDone(store: CutwatchStore, options: UntilDoneOptions, now: () => number, onDone: (result: DoneResult) => void): () => void {
	const explicit = hasIds(options.ids);
	const deciding: ReadonlySet<TaskKind> | undefined = explicit ? new Set(kindsWithIds(options.ids)) : undefined;
	/** When each source first succeeded; tasks first seen later appeared during this run. */
	const firstSuccessAt = new Map<string, number>(options.baseline?.firstSuccessAt);
	/** Tasks that were already running at their source's first poll. */
	const runningAtStart = new Set<string>(options.baseline?.running);
	let baselineTold = options.baseline !== undefined;
	let finished = false;
	const finish = (result: DoneResult) => {
		finished = true;
		onDone(result);
	};

	const check = (state: CutwatchState) => {
		if (finished) return;
		const sources = [...state.sources.values()].filter((source) => deciding?.has(source.kind) ?? true);
		const unread = (source: SourceState) => source.lastSuccessAt === undefined && source.lastError?.needsAction === true;
		// EC2 rejects a whole call naming an id it does not have (InvalidConversionTaskId…): with several regions
		// or accounts that is the answer of every one but the task's own, so it means "not here".
		const rejectsIds = (source: SourceState) => explicit && unread(source) && /NotFound|Malformed|InvalidConversionTaskId/.test(source.lastError!.code);
		const rejecting = sources.filter(rejectsIds);
		const allRejecting = rejecting.find((source) => sources.every((other) => other.kind !== source.kind || rejectsIds(other)));
		if (allRejecting) {
			return finish({
				exitCode: exitCodes.awsConfig,
				summary: `cutwatch: no such task among ${Object.values(options.ids).flat().join(', ')}: ${sanitize(allRejecting.lastError!.message)} (check the id and --region)`,
			});
		}
		// A source that has never been read and cannot be without the user acting: stop, don't hang the runbook.
		const blocked = sources.find((source) => unread(source) && !rejectsIds(source));
		if (blocked) {
			const error = blocked.lastError!;
			return finish({
				exitCode: exitCodes.awsConfig,
				summary: `cutwatch: cannot read ${kindLabels[blocked.kind]} in ${blocked.region}: ${sanitize(error.code)}: ${sanitize(error.message)} — ${error.hint}`,
			});
		}
		const tasks = allTasks(state).filter((tracked) => deciding?.has(tracked.task.kind) ?? true);
		for (const source of sources) {
			if (source.lastSuccessAt === undefined || firstSuccessAt.has(source.key)) continue;
			firstSuccessAt.set(source.key, source.lastSuccessAt);
			for (const tracked of tasks) {
				if (tracked.sourceKey === source.key && tracked.task.category === 'active') runningAtStart.add(tracked.key);
			}
		}
		// Every deciding source must have answered in this run too (a resumed baseline is not news about now),
		// or rejected the ids as not its own.
		const answered = (source: SourceState) => (source.lastSuccessAt !== undefined && firstSuccessAt.has(source.key)) || rejecting.includes(source);
		if (sources.length === 0 || !sources.every(answered)) return;
		if (!baselineTold) {
			baselineTold = true;
			options.onBaseline?.({firstSuccessAt, running: runningAtStart});
		}

		if (explicit) {
			const missing = missingIds(tasks, options.ids);
			if (missing.length > 0) {
				return finish({exitCode: exitCodes.awsConfig, summary: `cutwatch: no such task: ${missing.join(', ')} (check the id and --region)`});
			}
		}
		const selected = (explicit ? latestPerAmi(tasks) : tasks).filter(
			(tracked) =>
				(explicit
					? isSelectedById(options.ids, tracked.task)
					: runningAtStart.has(tracked.key) || tracked.firstSeenAt > firstSuccessAt.get(tracked.sourceKey)!) &&
				matchesStatus(tracked.task.category, options.statuses),
		);
		const running = selected.filter((tracked) => tracked.task.category === 'active' && tracked.goneAt === undefined);
		options.onRunning?.(running.length);
		if (running.length > 0 && options.deadline !== undefined && now() >= options.deadline.at) {
			const names = running.slice(0, 5).map(({task}) => sanitize(task.name || task.id));
			const more = running.length > 5 ? `, and ${running.length - 5} more` : '';
			return finish({
				exitCode: exitCodes.deadlinePassed,
				summary: `cutwatch: deadline ${options.deadline.label} passed with ${running.length} task${running.length === 1 ? '' : 's'} still active: ${names.join(', ')}${more}`,
			});
		}
		if (running.length > 0) return;
		finish(summarise(selected, now() - options.startedAt));
	};
	const unsubscribe = store.subscribe(check);
	check(store.getState());
	return unsubscribe;
}

/**
 * An AMI named with --image-id can have several store tasks (a failed attempt, then a retry): the newest one
 * is the step's outcome, so a retry that completed is a success.
 */
function latestPerAmi(tasks: readonly TrackedTask[]): TrackedTask[] {
	const newest = new Map<string, TrackedTask>();
	for (const tracked of tasks) {
		if (tracked.task.kind !== 'store-image') continue;
		const ami = displayId(tracked.task);
		const other = newest.get(ami);
		if (!other || startOf(tracked) > startOf(other)) newest.set(ami, tracked);
	}
	return tasks.filter((tracked) => tracked.task.kind !== 'store-image' || newest.get(displayId(tracked.task)) === tracked);
}

const startOf = (tracked: TrackedTask) => tracked.task.startedAt?.getTime() ?? tracked.firstSeenAt;

function missingIds(tasks: readonly TrackedTask[], ids: IdSelection): string[] {
	const present = new Set(tasks.map((tracked) => `${tracked.task.kind}|${displayId(tracked.task)}`));
	return kindsWithIds(ids).flatMap((kind) => idsOfKind(ids, kind).filter((id) => !present.has(`${kind}|${id}`)));
}

function summarise(selected: readonly TrackedTask[], elapsedMs: number): DoneResult {
	const count = (category: string) => selected.filter((tracked) => tracked.task.category === category).length;
	const failed = selected.filter((tracked) => tracked.task.category === 'failed');
	const parts = [`${count('completed')} completed`, `${failed.length} failed`, `${count('cancelled')} cancelled`];
	if (count('unknown') > 0) parts.push(`${count('unknown')} unknown`);
	const lines = [`cutwatch: done after ${formatDuration(elapsedMs)}: ${selected.length} tasks: ${parts.join(', ')}`];
	for (const {task} of failed) {
		lines.push(`  failed: ${task.kind} ${task.region} ${sanitize(task.id)} "${sanitize(task.name)}": ${sanitize(task.message ?? task.status)}`);
	}
	return {exitCode: failed.length > 0 ? exitCodes.taskFailed : exitCodes.ok, summary: lines.join('\n')};
}
