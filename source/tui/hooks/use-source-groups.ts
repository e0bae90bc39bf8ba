// The group lines of a pane while the fleet view is on (store view.grouped), else undefined: the counts per
// source are only computed while they are shown.
import {useContext, useMemo} from 'react';
import type {TaskKind} from '../../model/task.js';
import {selectPaneSource, selectSourceCounts} from '../../store/index.js';
import {NowContext, useCutwatch, useTheme} from '../context.js';
import {sourceGroupLines, type GroupLine} from '../text/source-groups.js';

export function useSourceGroups(kind: TaskKind, width: number): GroupLine[] | undefined {
	const theme = useTheme();
	const now = useContext(NowContext);
	const grouped = useCutwatch((state) => state.view.grouped);
	const sources = useCutwatch((state) => (grouped ? selectPaneSource(state, kind)?.sources : undefined));
	const counts = useCutwatch((state) => (grouped ? selectSourceCounts(state, kind) : undefined));
	const paused = useCutwatch((state) => state.paused);
	// Countdowns in a line need the seconds clock; everything else reads the minute.
	const clock = Math.max(now.minute, now.second);
	return useMemo(
		() => (sources && counts ? sourceGroupLines(sources, counts, width, clock, paused, theme) : undefined),
		[sources, counts, width, clock, paused, theme],
	);
}
