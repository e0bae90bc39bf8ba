// The human table --once prints: one row per task, fixed columns, every AWS string sanitised.
import {kindLabels} from '../model/task.js';
import {selectEta, type CutwatchData, type TrackedTask} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import {fit, formatDuration} from './format.js';

const columns = [
	['PANE', 17],
	['REGION', 14],
	['ID', 30],
	['NAME', 26],
	['STATE', 10],
	['PROGRESS', 9],
	['ETA', 8],
] as const;

function progressText(state: CutwatchData, tracked: TrackedTask, now: number): [string, string] {
	const {task} = tracked;
	if (task.records) return [`${task.records.succeeded}/${task.records.failed}`, ''];
	const progress = task.progress === undefined ? '' : `${task.progress}%`;
	if (tracked.stalledSince !== undefined) return [progress, 'stalled'];
	const eta = selectEta(state, tracked, now);
	return [progress, eta === undefined ? '' : `~${formatDuration(eta)}`];
}

export function onceTable(state: CutwatchData, rows: readonly TrackedTask[], now: number): string {
	const header = columns.map(([title, width]) => fit(title, width)).join(' ') + ' MESSAGE';
	const lines = rows.map((tracked) => {
		const {task} = tracked;
		const [progress, eta] = progressText(state, tracked, now);
		const cells = [
			kindLabels[task.kind],
			task.region,
			// Store tasks have no id of their own; the AMI is what the user knows them by.
			sanitize(task.kind === 'store-image' ? (task.resourceId ?? task.id) : task.id),
			sanitize(task.name),
			task.category + (tracked.goneAt === undefined ? '' : '*'),
			progress,
			eta,
		];
		const message = sanitize(task.message ?? task.status);
		return columns.map(([, width], i) => fit(cells[i] ?? '', width)).join(' ') + ' ' + message;
	});
	return [header, ...lines].join('\n') + '\n';
}
