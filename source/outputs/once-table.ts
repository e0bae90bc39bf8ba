// The human table --once prints: one row per task, every AWS string sanitised. Columns are as wide as their
// widest cell (ids are never cut; only names are, past nameWidth), optional columns appear only when they
// say something: ACCOUNT with more than one account, RECORDS when Discovery rows are shown.
import stringWidth from 'string-width';
import {displayId} from '../model/display-id.js';
import {kindLabels} from '../model/task.js';
import {selectEta, type CutwatchData, type TrackedTask} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';
import {formatDuration} from '../format/duration.js';
import {fit} from '../format/text.js';

const nameWidth = 32;

type Column = {title: string; cell: (row: RowText) => string; max?: number};

type RowText = {
	pane: string;
	account: string;
	region: string;
	id: string;
	name: string;
	state: string;
	progress: string;
	records: string;
	eta: string;
};

function rowText(state: CutwatchData, tracked: TrackedTask, now: number): RowText {
	const {task} = tracked;
	// A store task's AMI is also its only "name", so the NAME cell stays empty rather than repeat it.
	const id = sanitize(displayId(task));
	const name = sanitize(task.name);
	const stalled = tracked.stalledSince !== undefined;
	const eta = task.records || stalled ? undefined : selectEta(state, tracked, now);
	return {
		pane: kindLabels[task.kind],
		account: sanitize(task.account ?? ''),
		region: task.region,
		id,
		name: name === id ? '' : name,
		state: task.category + (tracked.goneAt === undefined ? '' : '*'),
		progress: task.progress === undefined ? '' : `${task.progress}%`,
		records: task.records ? `${task.records.succeeded}/${task.records.failed}` : '',
		eta: stalled ? 'stalled' : eta === undefined ? '' : `~${formatDuration(eta)}`,
	};
}

export function onceTable(state: CutwatchData, rows: readonly TrackedTask[], now: number): string {
	const texts = rows.map((tracked) => rowText(state, tracked, now));
	const accounts = new Set([...state.sources.values()].map((source) => source.account ?? ''));
	const columns: Column[] = [
		{title: 'PANE', cell: (row) => row.pane},
		...(accounts.size > 1 ? [{title: 'ACCOUNT', cell: (row: RowText) => row.account}] : []),
		{title: 'REGION', cell: (row) => row.region},
		{title: 'ID', cell: (row) => row.id},
		{title: 'NAME', cell: (row) => row.name, max: nameWidth},
		{title: 'STATE', cell: (row) => row.state},
		{title: 'PROGRESS', cell: (row) => row.progress},
		...(texts.some((row) => row.records !== '') ? [{title: 'RECORDS(ok/failed)', cell: (row: RowText) => row.records}] : []),
		{title: 'ETA', cell: (row) => row.eta},
	];
	const widths = columns.map((column) => Math.min(column.max ?? Infinity, Math.max(column.title.length, ...texts.map((row) => stringWidth(column.cell(row))))));
	const line = (cells: string[], message: string) => cells.map((cell, i) => fit(cell, widths[i]!)).join(' ') + ' ' + message;
	const header = line(
		columns.map((column) => column.title),
		'MESSAGE',
	);
	const lines = rows.map((tracked, i) => {
		const message = sanitize(tracked.task.message ?? tracked.task.status);
		return line(
			columns.map((column) => column.cell(texts[i]!)),
			message,
		);
	});
	return [header, ...lines].join('\n') + '\n';
}
