// Text for a pane's chrome: count summaries, the filter/search note, the column header and the scroll
// position. Pure and width-exact, so the borders always close.
import type {Category, TaskKind} from '../../model/task.js';
import type {SortKey, StatusFilter, TaskCounts} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import type {RowColumns} from '../layout/layout.js';
import {cell, cellRight} from '../layout/column-text.js';
import type {Theme} from '../theme.js';
import {formatCount} from '../hooks/units.js';

export type CountPart = {readonly category: Category | 'stalled' | 'gone'; readonly text: string};

/** ▶18 ✗2 ✓30 (plus ⊘, ?, stalled and gone when non-zero), as coloured parts: the same categories as the rows. */
export function countParts(counts: TaskCounts, theme: Pick<Theme, 'symbols' | 'ascii'>): CountPart[] {
	const parts: CountPart[] = [
		{category: 'active', text: `${theme.symbols.active}${formatCount(counts.active)}`},
		{category: 'failed', text: `${theme.symbols.failed}${formatCount(counts.failed)}`},
		{category: 'completed', text: `${theme.symbols.completed}${formatCount(counts.completed)}`},
	];
	if (counts.cancelled > 0) parts.push({category: 'cancelled', text: `${theme.symbols.cancelled}${formatCount(counts.cancelled)}`});
	if (counts.unknown > 0) parts.push({category: 'unknown', text: `${theme.symbols.unknown}${formatCount(counts.unknown)}`});
	if (counts.stalled > 0) parts.push({category: 'stalled', text: `${formatCount(counts.stalled)} stalled`});
	if (counts.gone > 0) parts.push({category: 'gone', text: `${formatCount(counts.gone)} gone`});
	return parts;
}

/** "filter: failed, search "web"" when the pane does not show everything; '' otherwise. */
export function narrowingText(filter: StatusFilter, search: string): string {
	const parts: string[] = [];
	if (filter !== 'all') parts.push(`filter: ${filter}`);
	if (search.trim() !== '') parts.push(`search "${sanitize(search.trim())}"`);
	return parts.join(', ');
}

const sortColumn: Record<SortKey, 'badge' | 'gauge' | 'eta' | 'age'> = {status: 'badge', progress: 'gauge', eta: 'eta', start: 'age'};

/** The column titles, exactly `columns.width` wide; the sorted column carries a marker. */
export function columnHeaderText(kind: TaskKind, columns: RowColumns, sort: SortKey, theme: Pick<Theme, 'ascii' | 'ellipsis'>): string {
	const marker = theme.ascii ? 'v' : '▾';
	const title = (text: string, column: 'badge' | 'gauge' | 'eta' | 'age') => (sortColumn[sort] === column ? `${text}${marker}` : text);
	const discovery = kind === 'discovery-import';
	const span = columns.gauge + 1 + columns.percent;
	const scopeTitle = columns.scopeParts === 'account' ? 'ACCOUNT' : columns.scopeParts === 'both' ? 'WHERE' : 'REGION';
	let text =
		' ' +
		(columns.scope > 0 ? cell(scopeTitle, columns.scope, theme) + ' ' : '') +
		cell(kind === 'store-image' ? 'AMI' : 'ID', columns.id, theme) +
		' ' +
		cell(kind === 'store-image' ? 'S3 OBJECT' : 'NAME', columns.name, theme);
	text += ' ' + cell(title('STATUS', 'badge'), columns.badge, theme);
	text += ' ' + cell(discovery ? 'RECORDS' : title('PROGRESS', 'gauge'), span, theme);
	if (columns.eta > 0) text += ' ' + cellRight(discovery ? 'ELAPSED' : title('ETA', 'eta'), columns.eta, theme);
	if (columns.age > 0) text += ' ' + cellRight(title(kind === 'import-snapshot' || kind === 'export-image' ? 'SEEN' : 'AGE', 'age'), columns.age, theme);
	if (columns.message > 0) text += ' ' + cell(discovery ? '' : 'MESSAGE', columns.message, theme);
	return cell(text, columns.width, theme);
}

/** "12–28 of 50,000" for the bottom border; '' when every row fits. */
export function positionText(offset: number, visible: number, total: number, theme: Pick<Theme, 'ascii'>): string {
	if (total <= visible) return total === 0 ? '' : `${formatCount(total)} task${total === 1 ? '' : 's'}`;
	const dash = theme.ascii ? '-' : '–';
	return `${formatCount(offset + 1)}${dash}${formatCount(Math.min(total, offset + visible))} of ${formatCount(total)}`;
}

/** "41-80 of 200 lines" for a full-screen view's bottom border (`unit` after the total); '' when all fits. */
export function rangeNote(offset: number, room: number, total: number, unit = ''): string {
	if (total <= room) return '';
	return `${formatCount(offset + 1)}-${formatCount(Math.min(total, offset + room))} of ${formatCount(total)}${unit}`;
}

/** The bottom border of a pane in the fleet view: what the group lines fold. */
export function groupsText(sources: number, tasks: number): string {
	return `${formatCount(tasks)} ${tasks === 1 ? 'task' : 'tasks'} in ${formatCount(sources)} ${sources === 1 ? 'source' : 'sources'} (a: rows)`;
}
