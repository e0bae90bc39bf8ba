// The journal's line format (cutwatch.log/v2): one JSON object per line, each with a `rec` saying what it is.
// v1 files (cutwatch.event/v1, written before the journal) hold only event lines without `rec`; they still
// replay. Fields are only ever added, never renamed or removed.
import type {Category, TaskKind} from '../model/task.js';

export const journalSchema = 'cutwatch.log/v2' as const;

export type JournalStatusRecord = {status: string; category: Category} | null;

/** What the journal knows of a task after an event: enough to show it again before the first poll. */
export type JournalTaskState = {
	status: string;
	category: Category;
	message: string | null;
	progress: number | null;
	startedAt: string | null;
	completedAt: string | null;
	resourceId: string | null;
	location: string | null;
	records: {succeeded: number; failed: number} | null;
	profile: string | null;
	/** The source (kind|account|region) that listed it. */
	source: string;
};

/** v1 fields first (a v1 reader still understands every event line), then v2's additions. */
export type EventRecord = {
	rec?: 'event';
	time: string;
	type: string;
	account: string | null;
	region: string;
	kind: TaskKind;
	id: string;
	name: string;
	from: JournalStatusRecord;
	to: JournalStatusRecord;
	message: string | null;
	initial: boolean;
	/** The event happened while cutwatch was not watching: some time between `since` and `time`. */
	since?: string | null;
	task?: JournalTaskState | null;
};

/** What shaped a run: a reader can tell runs apart, and --until-done can tell whether it resumes a step. */
export type RunSelection = {
	mode: string;
	kinds: readonly string[];
	regions: readonly string[];
	profiles: readonly string[];
	discoveryRegion: string | null;
	endpoint: string | null;
	ids: Readonly<Record<string, readonly string[]>>;
	statuses: readonly string[];
	untilDone: boolean;
	demo: boolean;
};

/** --demo's simulated cutover: a restart with the same settings carries on from `startedAt`. */
export type DemoRecord = {startedAt: string; speed: number | null; seed: string | null; scenario: string | null};

export type RunStartRecord = {
	schema: typeof journalSchema;
	rec: 'run-start';
	time: string;
	run: string;
	pid: number;
	selection: RunSelection;
	demo?: DemoRecord | undefined;
};
/** A clean end (kill -9 leaves none: the next run-start after a run without one marks a crash). */
export type RunEndRecord = {rec: 'run-end'; time: string; run: string; exitCode: number | null; done: boolean};
/** A bounded progress sample: at most one per task per few minutes or few percent. */
export type SampleRecord = {rec: 'sample'; time: string; kind: TaskKind; account: string | null; region: string; id: string; progress: number};
/** A source answered at `time` (at most one a minute): the lower bound of a gap. */
export type SeenRecord = {rec: 'seen'; time: string; source: string};
/** --until-done's baseline: when each source first answered in the step, and which tasks were running then. */
export type StepRecord = {rec: 'step'; time: string; run: string; firstSuccessAt: Record<string, string>; running: string[]};

export type JournalRecord = EventRecord | RunStartRecord | RunEndRecord | SampleRecord | SeenRecord | StepRecord;

/** Selections are equal when every flag that shapes them is: a runbook step re-run with the same command. */
export function sameSelection(a: RunSelection, b: RunSelection): boolean {
	// The output mode (TUI, --watch, --quiet) does not change which tasks are watched.
	const shape = ({mode: _mode, ...rest}: RunSelection) => JSON.stringify(rest);
	return shape(a) === shape(b);
}
