// One line per source that could not be read, for stderr in the line modes.
import {kindLabels} from '../model/task.js';
import type {CutwatchData} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';

export function sourceProblemLines(state: CutwatchData): string[] {
	const lines: string[] = [];
	for (const source of state.sources.values()) {
		const error = source.lastError;
		if (!error) continue;
		const where = [source.account, source.region].filter(Boolean).join(' ');
		lines.push(`${kindLabels[source.kind]} (${where}): ${sanitize(error.code)}: ${sanitize(error.message)} — ${error.hint}`);
	}
	return lines;
}
