// The soak's --log journal: its lines by record type, and how many the writer's sampling rules allow.
import {readFileSync} from 'node:fs';
import {sampleEveryMs, samplePercent, seenEveryMs} from '../source/journal/write.js';
import type {Scenario} from '../source/simulator/index.js';

export type JournalCount = {lines: Record<string, number>; sampleBound: number; seenBound: number; bytes: number};

/**
 * The journal's lines by type, and what the writer may write: per task at most one sample per samplePercent
 * points (plus one after a restart of progress) or per sampleEveryMs of its run (wall time on the manual
 * clock, from the scenario's durations), plus the last one at a clean exit; one "seen" per source per minute.
 */
export function journalBound(path: string, scenario: Scenario, speed: number, wallMs: number, sources: number): JournalCount {
	const lines: Record<string, number> = {};
	const text = readFileSync(path, 'utf8');
	for (const line of text.split('\n')) {
		if (line === '') continue;
		const rec = (JSON.parse(line) as {rec?: string}).rec ?? 'event';
		lines[rec] = (lines[rec] ?? 0) + 1;
	}
	const all = [...scenario.importSnapshots, ...scenario.imageExports, ...scenario.storeImageTasks, ...scenario.discoveryImports];
	const perTask = 100 / samplePercent + 3;
	const sampleBound = all.reduce((sum, task) => sum + perTask + Math.ceil(task.durationMs / speed / sampleEveryMs), 0);
	const seenBound = sources * Math.ceil(wallMs / seenEveryMs + 1);
	return {lines, sampleBound, seenBound, bytes: Buffer.byteLength(text)};
}
