// What a run is asked to do, as every layer reads it: the CLI parses argv into a Config (source/cli/), and
// nothing else knows the command line exists. Types only, plus the status names they are built from.
import type {IdSelection} from '../model/id-selection.js';
import type {TaskKind} from '../model/task.js';
import type {Deadline} from '../model/deadline.js';

/** How this run shows what it sees (not the TUI's screens: those are tui/keys/keymap.ts's Mode). */
export type RunMode = 'tui' | 'watch' | 'quiet' | 'once' | 'check' | 'simulate';

/** Categories --status can select (unknown is shown, never selected). */
export const selectableStatuses = ['active', 'failed', 'completed', 'cancelled'] as const;
export type SelectableStatus = (typeof selectableStatuses)[number];

export type {IdSelection} from '../model/id-selection.js';

export type SimulatorFlags = {
	speed?: number | undefined;
	seed?: string | undefined;
	scenarioFile?: string | undefined;
	port?: number | undefined;
	requestLogFile?: string | undefined;
	faults: string[];
};

export type BellMode = 'all' | 'failed' | 'none';

/** --theme: the palette for the terminal's background; auto asks the terminal (OSC 11), then COLORFGBG. */
export const themeChoices = ['auto', 'dark', 'light'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Background = 'dark' | 'light';

export type UiOptions = {
	/** false with --no-color or NO_COLOR (decided in the CLI entry, which sees the environment). */
	color: boolean;
	/** --ascii; the CLI entry also turns it on when the locale is not UTF-8. */
	ascii: boolean;
	bell: BellMode;
	title: boolean;
	/** false with --no-clipboard: y, Y and m copy nothing. Default true. */
	clipboard?: boolean | undefined;
	/** --notify: desktop notifications on failures, stalls and the run's end (and completions with all). Default none. */
	notify?: NotifyMode | undefined;
	/** --deadline: the header projects the active tasks' ETAs against it; --until-done exits 4 when it passes. */
	deadline?: Deadline | undefined;
	/** --theme (default auto); runTui resolves auto to dark or light before the screen starts. */
	theme?: ThemeChoice | undefined;
};

export type NotifyMode = 'failed' | 'all' | 'none';

export type Config = {
	mode: RunMode;
	ui: UiOptions;
	json: boolean;
	demo: boolean;
	/** Empty: the default credential chain (AWS_PROFILE or default). */
	profiles: string[];
	/** Empty: resolved later from the environment or the profile. */
	regions: string[];
	discoveryRegion?: string | undefined;
	endpointUrl?: string | undefined;
	intervalMs?: number | undefined;
	/** --stall-after: a fixed stall threshold; unset, each task is judged against its own pace. */
	stallAfterMs?: number | undefined;
	/** --full-interval: how often a large history is listed in full (two-tier polling); default 5 min. */
	fullIntervalMs?: number | undefined;
	/** The panes polled: --sources, else the kinds ids were given for, else all four. */
	kinds: TaskKind[];
	ids: IdSelection;
	/** --status: empty means every status. */
	statuses: SelectableStatus[];
	/** --until-done: exit when no selected task is active (0: none failed, 1: some failed). */
	untilDone: boolean;
	/** --log FILE: every event appended as a JSON line. */
	logFile?: string | undefined;
	simulator: SimulatorFlags;
};
