// The fleet view of a pane (key `a`): one line per source, that is per account × region, with its health and
// its counts, the tasks folded under it. With 50 accounts × 4 regions a pane of task rows is unreadable; these
// lines say at once which account-region is failing or has failed tasks. Pure.
import {scopeLabel, singleSourceState, summaryLine, type SourceState, type TaskCounts} from '../../store/index.js';
import {formatCount} from '../hooks/units.js';
import {cell, stringWidth} from '../layout/column-text.js';
import type {Theme, Tone} from '../theme.js';
import {paneStatus} from './source-status.js';

export type GroupLine = {readonly key: string; readonly text: string; readonly tone: Tone | undefined};

const none: TaskCounts = {active: 0, completed: 0, failed: 0, cancelled: 0, unknown: 0, total: 0, stalled: 0, gone: 0};

type Group = {source: SourceState; label: string; status: string; tone: Tone; counts: TaskCounts; rank: number};

/**
 * Failing sources first, then those with failed or stalled tasks, then the rest; by account and region within
 * each. Each line: `▸ account region  health  ▶3 ✗1 ✓20  24 tasks`, at most `width` columns.
 */
export function sourceGroupLines(
	sources: readonly SourceState[],
	counts: ReadonlyMap<string, TaskCounts>,
	width: number,
	now: number,
	paused: boolean,
	theme: Pick<Theme, 'ascii' | 'ellipsis'>,
): GroupLine[] {
	const groups: Group[] = sources.map((source) => {
		const status = paneStatus(singleSourceState(source), now, paused);
		const tally = counts.get(source.key) ?? none;
		const failing = status.tone === 'error' || status.tone === 'warn';
		const rank = failing ? 0 : tally.failed > 0 || tally.stalled > 0 ? 1 : 2;
		return {source, label: scopeLabel(source, 'both', false), status: status.text, tone: status.tone, counts: tally, rank};
	});
	groups.sort(
		(a, b) =>
			a.rank - b.rank ||
			(a.source.account ?? '').localeCompare(b.source.account ?? '') ||
			a.source.region.localeCompare(b.source.region) ||
			a.source.key.localeCompare(b.source.key),
	);
	const labelWidth = Math.max(0, ...groups.map((group) => stringWidth(group.label)));
	const statusWidth = Math.min(Math.max(12, Math.floor(width / 3)), Math.max(0, ...groups.map((group) => stringWidth(group.status))));
	const marker = theme.ascii ? '>' : '▸';
	return groups.map((group) => {
		const tasks = group.counts.total + group.counts.gone;
		const text = [
			` ${marker} ${group.label.padEnd(labelWidth)}`,
			cell(group.status, statusWidth, theme),
			summaryLine(group.counts, {ascii: theme.ascii}),
			`${formatCount(tasks)} ${tasks === 1 ? 'task' : 'tasks'}`,
		].join('  ');
		const tone: Tone | undefined = group.rank === 0 ? group.tone : group.counts.failed > 0 ? 'error' : group.counts.stalled > 0 ? 'warn' : undefined;
		return {key: group.source.key, text: cell(text, width, theme).trimEnd(), tone};
	});
}
