// The Markdown report: notes first (what to know about the file), totals, throughput, every task with
// failures first, and the timeline as a table with a text bar per task.
import {taskKinds} from '../model/task.js';
import {timelineBars} from '../charts/index.js';
import {escapeMarkdown as md} from './escape.js';
import {kindLabel, timelineOf, type ReportModel} from './report-model.js';
import {formatDuration} from '../format/duration.js';
import {durationText, finishedText, firstSeenText, outcomeText, overText, spanText, throughputText, timelineRowLimit, when} from './report-text.js';

const timelineColumns = 40;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({length: n}, () => '---'));

export function markdownReport(model: ReportModel): string {
	const out: string[] = [`# cutwatch report: ${md(model.file)}`, '', md(spanText(model)), ''];
	for (const note of model.notes) out.push(`> **Note:** ${md(note)}`, '');

	out.push('## Totals', '', row(['kind', 'tasks', 'completed', 'failed', 'cancelled', 'running at the end', 'unknown']), rule(7));
	for (const kind of taskKinds) {
		const t = model.totals.get(kind);
		if (t) out.push(row([kindLabel(kind), ...[t.total, t.completed, t.failed, t.cancelled, t.active, t.unknown].map(String)]));
	}
	out.push('', '## Throughput', '', ...throughputText(model).map((line) => `- ${md(line)}`), '');

	out.push('## Tasks (failures first)', '', row(['kind', 'id', 'name', 'region', 'first seen', 'finished', 'duration', 'outcome', 'reason']), rule(9));
	for (const task of model.tasks) {
		out.push(
			row([
				kindLabel(task.kind),
				md(task.id),
				md(task.name),
				md(task.region),
				firstSeenText(task),
				md(finishedText(task)),
				durationText(task),
				outcomeText(task),
				md(task.reason ?? ''),
			]),
		);
	}

	const {bars, over} = timelineOf(model);
	const shown = bars.slice(0, timelineRowLimit);
	out.push('', '## Timeline', '');
	if (model.from !== undefined && model.to !== undefined && shown.length > 0) {
		const column = formatDuration((model.to - model.from) / timelineColumns);
		const legend = `one column is about ${column} (= running, | completed, x failed, / cancelled, > still running)`;
		out.push(md(`${when(model.from)} to ${when(model.to)}, ${legend}.${overText(over)}`), '');
		const text = timelineBars({bars: shown, from: model.from, to: model.to, width: timelineColumns, ascii: true});
		out.push(row(['task', 'start', 'end', 'outcome', 'bar']), rule(5));
		shown.forEach((bar, i) => out.push(row([md(bar.label), when(bar.start), when(bar.end), bar.outcome, `\`${text[i]!.replace(/\|/g, '\\|')}\``])));
		if (bars.length > shown.length) out.push('', `${bars.length - shown.length} more tasks are in the table above but not drawn here.`);
	} else {
		out.push(`Nothing to draw.${overText(over)}`);
	}
	return `${out.join('\n')}\n`;
}
