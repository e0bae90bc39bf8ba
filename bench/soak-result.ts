// What a soak run yields: a checkpoint of the store, memory and journal every so often, and the totals.
import type {JournalCount} from './soak-journal.js';

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export type Checkpoint = {
	simulatedHours: number;
	heapBytes: number;
	rssBytes: number;
	events: number;
	tracked: number;
	trackedBound: number;
	listedNow: number;
	samples: number;
	maxSamplesPerTask: number;
	requests: number;
	phase: string;
	/** The journal's size on disk (0 without one). */
	journalBytes: number;
};

export type SoakResult = {
	scenario: {tasks: number; name: string};
	start: {heapBytes: number; rssBytes: number};
	checkpoints: Checkpoint[];
	eventsTotal: number;
	eventLimit: number;
	historyLimit: number;
	problems: string[];
	realMs: number;
	/** Lines by record type at the end, and what the writer's sampling rule allows (see journalBound). */
	journal?: JournalCount | undefined;
};
