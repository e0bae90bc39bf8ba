// On a small terminal the panes without focus shrink to one line each: number key, name, counts and source
// health, so a failure elsewhere stays in sight while one pane has the space.
import {Box, Text} from 'ink';
import {useContext} from 'react';
import {kindLabels, taskKinds, type TaskKind} from '../../model/task.js';
import {selectCounts, selectNothingMatches, selectPaneSource} from '../../store/index.js';
import {NowContext, useCutwatch, useTheme} from '../context.js';
import {CountParts} from './CountParts.js';
import {countParts, narrowingText} from '../text/pane-text.js';
import {paneStatus} from '../text/source-status.js';
import {cell, stringWidth} from '../layout/column-text.js';

export function CollapsedPane({kind, width}: {kind: TaskKind; width: number}) {
	const theme = useTheme();
	const now = useContext(NowContext);
	const counts = useCutwatch((state) => selectCounts(state, kind));
	const source = useCutwatch((state) => selectPaneSource(state, kind));
	const paused = useCutwatch((state) => state.paused);
	const filter = useCutwatch((state) => state.view.filters[kind]);
	const status = paneStatus(source, Math.max(now.minute, now.second), paused);
	const label = ` ${taskKinds.indexOf(kind) + 1} ${kindLabels[kind]}`;
	const parts = countParts(counts, theme);
	// Folded because nothing matches: say so (the search itself is on the hints line and on the panes with rows).
	const unmatched = useCutwatch((state) => selectNothingMatches(state, kind));
	const narrowing = unmatched ? 'no tasks match' : narrowingText(filter, '');
	const statusText = `${theme.separator} ${status.text}`;
	const full = `${label}  ${parts.map((part) => part.text).join(' ')}  ${statusText}${narrowing === '' ? '' : `  (${narrowing})`}`;
	if (stringWidth(full) > width) {
		return (
			<Text wrap="truncate-end" color={status.tone === 'error' || counts.failed > 0 ? theme.toneColor('error') : undefined}>
				{cell(full, width, theme)}
			</Text>
		);
	}
	return (
		<Text wrap="truncate-end">
			<Text color={theme.toneColor('muted')}>{label}</Text>
			{'  '}
			<CountParts parts={parts} />
			{'  '}
			<Text color={theme.toneColor(status.tone)}>{statusText}</Text>
			{narrowing === '' ? '' : `  (${narrowing})`}
			{' '.repeat(width - stringWidth(full))}
		</Text>
	);
}

export function CollapsedPanes({kinds, width}: {kinds: readonly TaskKind[]; width: number}) {
	return (
		<Box flexDirection="column" width={width} height={kinds.length}>
			{kinds.map((kind) => (
				<CollapsedPane key={kind} kind={kind} width={width} />
			))}
		</Box>
	);
}
