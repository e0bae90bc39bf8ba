// The top line: what is watched (account, regions), the read-only promise, overall counts, whether polling is
// paused, and when data last arrived — so an operator can tell at a glance whether cutwatch itself is healthy.
import {Text} from 'ink';
import {selectCounts, selectFailingSources, type CutwatchState} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {useCutwatch, useTheme} from '../context.js';
import {journalProblem} from '../text/journal-text.js';
import {cell, stringWidth} from '../layout/column-text.js';
import {formatClock, formatCount} from '../hooks/units.js';

export type HeaderProps = {
	readonly width: number;
	readonly accounts: readonly string[];
	readonly regions: readonly string[];
	/** `deadline 04:30: on track (…)` with --deadline, '' without. */
	readonly deadline?: string;
	readonly late?: boolean;
};

/** Newest successful poll of any source. */
function lastSync(state: CutwatchState): number | undefined {
	let latest: number | undefined;
	for (const source of state.sources.values()) {
		if (source.lastSuccessAt !== undefined && (latest === undefined || source.lastSuccessAt > latest)) latest = source.lastSuccessAt;
	}
	return latest;
}

export function Header({width, accounts, regions, deadline = '', late = false}: HeaderProps) {
	const theme = useTheme();
	const counts = useCutwatch((state) => selectCounts(state));
	const paused = useCutwatch((state) => state.paused);
	// The minute it shows, not the milliseconds: polls within one minute leave the header alone.
	const synced = useCutwatch((state) => {
		const at = lastSync(state);
		return at === undefined ? undefined : formatClock(at);
	});
	const failing = useCutwatch(selectFailingSources);
	const journal = useCutwatch((state) => journalProblem(state.journal));

	const {symbols} = theme;
	const wordy = [
		`${symbols.active} ${formatCount(counts.active)} active`,
		`${symbols.failed} ${formatCount(counts.failed)} failed`,
		`${symbols.completed} ${formatCount(counts.completed)} done`,
	];
	const compact = [
		`${symbols.active}${formatCount(counts.active)}`,
		`${symbols.failed}${formatCount(counts.failed)}`,
		`${symbols.completed}${formatCount(counts.completed)}`,
	];
	const problems = [failing === 0 ? '' : `${failing} source${failing === 1 ? '' : 's'} failing`, journal].filter(Boolean).join('   ');
	// "connecting" only while nothing has failed: a source that failed before any success has been answered (or refused).
	const sync = synced !== undefined ? `synced ${synced} UTC` : failing > 0 ? 'no data yet' : 'connecting';
	const pausedText = paused ? 'PAUSED' : '';
	const right = (countsText: string[]) => [countsText.join('  '), problems, pausedText, deadline, sync].filter(Boolean).join('   ') + ' ';

	const name = ' cutwatch ';
	const scope = ` ${sanitize(accounts.join(', '))} ${theme.separator} ${sanitize(regions.join(', '))} `;
	const readOnly = ' read-only ';
	const minimum = stringWidth(name) + stringWidth(readOnly) + 12;
	const counted = stringWidth(right(wordy)) + minimum <= width ? wordy : compact;
	const rightText = right(counted);
	const fixedWidth = stringWidth(name) + stringWidth(readOnly) + stringWidth(rightText);
	// Whatever cannot fit is cut at the end, so the line is never wider than the terminal.
	if (fixedWidth > width) return <Text wrap="truncate-end">{cell(name + readOnly + rightText, width, theme)}</Text>;
	const scopeText = cell(scope, Math.min(stringWidth(scope), width - fixedWidth), theme, 'middle');
	const gap = ' '.repeat(width - fixedWidth - stringWidth(scopeText));

	const categoriesInOrder = ['active', 'failed', 'completed'] as const;
	return (
		<Text wrap="truncate-end">
			<Text bold={theme.color} color={theme.toneColor('accent')}>
				{name}
			</Text>
			{scopeText}
			<Text color={theme.toneColor('ok')}>{readOnly}</Text>
			{gap}
			{counted.map((text, index) => (
				<Text key={index} color={theme.categoryColor(categoriesInOrder[index]!)}>
					{index > 0 ? '  ' : ''}
					{text}
				</Text>
			))}
			{problems === '' ? '' : '   '}
			<Text color={theme.toneColor('error')}>{problems}</Text>
			{pausedText === '' ? '' : '   '}
			<Text color={theme.toneColor('warn')} inverse={theme.color && paused}>
				{pausedText}
			</Text>
			{deadline === '' ? '' : '   '}
			<Text color={theme.toneColor(late ? 'error' : 'ok')}>{deadline}</Text>
			{'   '}
			<Text color={synced === undefined ? theme.toneColor('muted') : undefined}>{sync}</Text>{' '}
		</Text>
	);
}
