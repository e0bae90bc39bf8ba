// One line per distinct problem among the sources that could not be read, for stderr in the line modes: no
// credentials at all is one line naming every pane it hit, not four copies of the same advice.
import {kindLabels} from '../model/task.js';
import type {CutwatchData, SourceState} from '../store/index.js';
import {sanitize} from '../format/sanitize.js';

/** `hint` rewrites each hint for the mode printing it (a one-shot mode does not retry). */
export function sourceProblemLines(state: CutwatchData, hint: (text: string) => string = (text) => text): string[] {
	const groups = new Map<string, SourceState[]>();
	for (const source of state.sources.values()) {
		const error = source.lastError;
		if (!error) continue;
		const key = `${error.code}|${error.message}|${error.hint}`;
		groups.set(key, [...(groups.get(key) ?? []), source]);
	}
	return [...groups.values()].map((sources) => {
		const error = sources[0]!.lastError!;
		const panes = [...new Set(sources.map((source) => kindLabels[source.kind]))].join(', ');
		const wheres = [...new Set(sources.map((source) => [source.account, source.region].filter(Boolean).join(' ')))].join(', ');
		return `${panes} (${wheres}): ${sanitize(error.code)}: ${sanitize(error.message)} — ${hint(error.hint)}`;
	});
}
