// The HTML report: one self-contained file (inline CSS and SVG; no script, no external font, image or link),
// with a Content-Security-Policy that forbids scripts outright, so even a mistake in escaping could not run one.
import {taskKinds} from '../model/task.js';
import {escapeHtml as h} from './escape.js';
import {kindLabel, timelineOf, type ReportModel} from './report-model.js';
import {durationText, finishedText, firstSeenText, outcomeText, overText, spanText, throughputText, timelineRowLimit} from './report-text.js';
import {outcomeColors, svgTimeline} from './svg-timeline.js';

const style = `
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#212121;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}.note{background:#fff8e1;border-left:4px solid #f9a825;padding:6px 10px;margin:6px 0}
.failed td.outcome{color:${outcomeColors.failed};font-weight:bold}
.timeline .label{font:12px monospace;fill:#212121}.timeline .tick{font:11px sans-serif;fill:#616161}
.timeline .grid{stroke:#e0e0e0}.timeline .cross{stroke:${outcomeColors.failed};stroke-width:2}
`;

const cells = (tag: 'td' | 'th', values: readonly string[]) => values.map((value) => `<${tag}>${h(value)}</${tag}>`).join('');

export function htmlReport(model: ReportModel): string {
	const out: string[] = [
		'<!DOCTYPE html>',
		'<html lang="en"><head><meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
		`<title>cutwatch report: ${h(model.file)}</title>`,
		`<style>${style}</style></head><body>`,
		`<h1>cutwatch report: ${h(model.file)}</h1>`,
		`<p>${h(spanText(model))}</p>`,
		...model.notes.map((note) => `<p class="note">${h(note)}</p>`),
		'<h2>Totals</h2><table>',
		`<tr>${cells('th', ['kind', 'tasks', 'completed', 'failed', 'cancelled', 'running at the end', 'unknown'])}</tr>`,
	];
	for (const kind of taskKinds) {
		const t = model.totals.get(kind);
		if (t) out.push(`<tr>${cells('td', [kindLabel(kind), ...[t.total, t.completed, t.failed, t.cancelled, t.active, t.unknown].map(String)])}</tr>`);
	}
	out.push('</table>', '<h2>Throughput</h2><ul>', ...throughputText(model).map((line) => `<li>${h(line)}</li>`), '</ul>');

	const {bars, over} = timelineOf(model);
	const shown = bars.slice(0, timelineRowLimit);
	out.push('<h2>Timeline</h2>');
	if (model.from !== undefined && model.to !== undefined && shown.length > 0) {
		out.push(svgTimeline(shown, model.from, model.to));
		if (bars.length > shown.length) out.push(`<p>${h(`${bars.length - shown.length} more tasks are in the table below but not drawn here.`)}</p>`);
	} else {
		out.push('<p>Nothing to draw.</p>');
	}
	if (over > 0) out.push(`<p>${h(overText(over).trim())}</p>`);

	out.push('<h2>Tasks (failures first)</h2><table>');
	out.push(`<tr>${cells('th', ['kind', 'id', 'name', 'region', 'first seen', 'finished', 'duration', 'outcome', 'reason'])}</tr>`);
	for (const task of model.tasks) {
		const values = [kindLabel(task.kind), task.id, task.name, task.region, firstSeenText(task), finishedText(task), durationText(task)];
		out.push(`<tr class="${task.outcome}">${cells('td', values)}<td class="outcome">${h(outcomeText(task))}</td><td>${h(task.reason ?? '')}</td></tr>`);
	}
	out.push('</table>', '</body></html>', '');
	return out.join('\n');
}
