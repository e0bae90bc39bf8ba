// Shared wording for both report formats: times, durations, outcomes, the header sentence.
import {formatDuration} from '../format/duration.js';
import {formatTime} from '../format/time.js';
import {durationOf, type ReportModel, type ReportTask} from './report-model.js';

export function when(at: number | undefined): string {
	return at === undefined ? '' : formatTime(at);
}

export function finishedText(task: ReportTask): string {
	if (task.endedBeforeLog) return `before ${formatTime(task.firstSeen)}`;
	if (task.finished === undefined) return task.outcome === 'active' ? 'still running at the end of the log' : '';
	return formatTime(task.finished);
}

export function firstSeenText(task: ReportTask): string {
	// Listed at start: it was already there, it began earlier than this.
	return task.listedAtStart ? `by ${formatTime(task.firstSeen)}` : formatTime(task.firstSeen);
}

export function durationText(task: ReportTask): string {
	const ms = durationOf(task);
	if (ms === undefined) return '';
	return task.listedAtStart ? `≥ ${formatDuration(ms)}` : formatDuration(ms);
}

export function outcomeText(task: ReportTask): string {
	return task.outcome === 'active' ? 'running' : task.outcome;
}

export function spanText(model: ReportModel): string {
	const {from, to, reading} = model;
	if (from === undefined || to === undefined) return 'No events.';
	const runs = reading.runs === 1 ? 'one run' : `${reading.runs} runs`;
	return `From ${formatTime(from)} to ${formatTime(to)} (${formatDuration(to - from)}): ${reading.events.toLocaleString('en-US')} events, ${runs}, ${model.tasks.length.toLocaleString('en-US')} tasks.`;
}

export function throughputText(model: ReportModel): string[] {
	const lines: string[] = [];
	if (model.finishedPerHour !== undefined) lines.push(`${model.finishedPerHour.toFixed(1)} tasks finished per hour over the log's span.`);
	lines.push('Bytes moved (GiB/h) are not in the log; the cutover view (c) shows them live.');
	return lines;
}

/** The report timeline never draws more rows than this (failures come first, so all of them fit first). */
export const timelineRowLimit = 500;

/** " 19 tasks already over when first listed are in the table only." (empty when none) */
export function overText(over: number): string {
	if (over === 0) return '';
	return ` ${over} ${over === 1 ? 'task' : 'tasks'} already over when cutwatch first listed ${over === 1 ? 'it is' : 'them are'} in the table only.`;
}
