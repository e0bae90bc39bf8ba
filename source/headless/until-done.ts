// --until-done: decides when the selected tasks of one runbook step have finished, and how it went.
// Which tasks count: with explicit ids, exactly those; otherwise the tasks that were running at the first
// poll or appeared after it — yesterday's failures are history, not this step's outcome.
import {matchesStatus} from '../app/status-filters.js';
import type {IdSelection, SelectableStatus} from '../cli/config.js';
import {exitCodes} from '../cli/usage-error.js';
import {kindLabels} from '../model/task.js';
import type {CutwatchState, CutwatchStore, TrackedTask} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import {formatDuration} from './format.js';

export type DoneResult = {exitCode: number; summary: string};

export type UntilDoneOptions = {
	ids: IdSelection;
	statuses: readonly SelectableStatus[];
	startedAt: number;
	/** In --demo an unknown id is a typo in the command (usage, 2); against AWS it is an access question (3). */
	missingIdExitCode: number;
	/**
	 * A step resumed from the journal: which tasks it waits for was decided by its first run, so a restart
	 * (and whatever finished meanwhile) does not change the outcome.
	 */
	baseline?: StepBaseline | undefined;
	/** Told once the step's baseline is known (every source answered), so the journal can keep it. */
	onBaseline?: ((baseline: StepBaseline) => void) | undefined;
};

/** When each source first answered in the step, and the tasks that were running then. */
export type StepBaseline = {firstSuccessAt: ReadonlyMap<string, number>; running: ReadonlySet<string>};

const allTasks = (state: CutwatchState): TrackedTask[] => Object.values(state.tasks).flatMap((map) => [...map.values()]);

export function watchUntilDone(
	store: CutwatchStore,
	options: UntilDoneOptions,
	now: () => number,
	onDone: (result: DoneResult) => void,
): () => void {
	const explicit = Object.values(options.ids).some((ids) => ids.length > 0);
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
		const sources = [...state.sources.values()];
		// A source that has never been read and cannot be without the user acting: stop, don't hang the runbook.
		const blocked = sources.find((source) => source.lastSuccessAt === undefined && source.lastError?.needsAction);
		if (blocked) {
			const error = blocked.lastError!;
			// EC2 rejects a whole DescribeImportSnapshotTasks call for one unknown id (InvalidConversionTaskId…).
			if (explicit && /NotFound|Malformed|InvalidConversionTaskId/.test(error.code)) {
				return finish({exitCode: options.missingIdExitCode, summary: `cutwatch: no such task among ${Object.values(options.ids).flat().join(', ')}: ${sanitize(error.message)} (check the id and --region)`});
			}
			return finish({
				exitCode: exitCodes.awsConfig,
				summary: `cutwatch: cannot read ${kindLabels[blocked.kind]} in ${blocked.region}: ${sanitize(error.code)}: ${sanitize(error.message)} — ${error.hint}`,
			});
		}
		const tasks = allTasks(state);
		for (const source of sources) {
			if (source.lastSuccessAt === undefined || firstSuccessAt.has(source.key)) continue;
			firstSuccessAt.set(source.key, source.lastSuccessAt);
			for (const tracked of tasks) {
				if (tracked.sourceKey === source.key && tracked.task.category === 'active') runningAtStart.add(tracked.key);
			}
		}
		// Every source must have answered in this run too: a resumed baseline is not news about now.
		if (sources.length === 0 || sources.some((source) => source.lastSuccessAt === undefined || !firstSuccessAt.has(source.key))) return;
		if (!baselineTold) {
			baselineTold = true;
			options.onBaseline?.({firstSuccessAt, running: runningAtStart});
		}

		if (explicit) {
			const missing = missingIds(tasks, options.ids);
			if (missing.length > 0) {
				return finish({exitCode: options.missingIdExitCode, summary: `cutwatch: no such task: ${missing.join(', ')} (check the id and --region)`});
			}
		}
		const selected = tasks.filter(
			(tracked) =>
				(explicit || runningAtStart.has(tracked.key) || tracked.firstSeenAt > firstSuccessAt.get(tracked.sourceKey)!) &&
				matchesStatus(tracked.task.category, options.statuses),
		);
		if (selected.some((tracked) => tracked.task.category === 'active' && tracked.goneAt === undefined)) return;
		finish(summarise(selected, now() - options.startedAt));
	};
	const unsubscribe = store.subscribe(check);
	check(store.getState());
	return unsubscribe;
}

function missingIds(tasks: readonly TrackedTask[], ids: IdSelection): string[] {
	const present = new Set(tasks.map((tracked) => (tracked.task.kind === 'store-image' ? tracked.task.resourceId : tracked.task.id)));
	return Object.values(ids)
		.flat()
		.filter((id) => !present.has(id));
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
