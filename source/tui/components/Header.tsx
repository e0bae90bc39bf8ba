// The top line: what is watched (account, regions), the read-only promise, overall counts, whether polling is
// paused, and when data last arrived — so an operator can tell at a glance whether cutwatch itself is healthy.
import {Text} from 'ink';
import {selectCounts, selectFailingSources, type CutwatchState} from '../../store/index.js';
import {useCutwatch, useTheme} from '../context.js';
import {journalProblem} from '../text/journal-text.js';
import {cell, stringWidth} from '../layout/column-text.js';
import {fitHeader, rightText, scopeText} from '../text/header-fit.js';
import {formatClock, formatCount} from '../hooks/units.js';

export type HeaderProps = {
	readonly width: number;
	readonly accounts: readonly string[];
	readonly regions: readonly string[];
	/** `deadline 04:30Z: on track (…)` and its shorter forms with --deadline, [] without. */
	readonly deadline?: readonly string[];
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

const noDeadline: readonly string[] = [];

export function Header({width, accounts, regions, deadline: deadlineForms = noDeadline, late = false}: HeaderProps) {
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
	const failingText = (long: boolean) => (failing === 0 ? '' : long ? `${failing} source${failing === 1 ? '' : 's'} failing` : `${failing} failing`);
	const problemForms = [true, false].map((long) => [failingText(long), journal].filter(Boolean).join('   '));
	// "connecting" only while nothing has failed: a source that failed before any success has been answered (or refused).
	const sync = synced !== undefined ? `synced ${synced} UTC` : failing > 0 ? 'no data yet' : 'connecting';
	const fit = fitHeader(
		{
			name: ' cutwatch ',
			readOnly: ' read-only ',
			counts: [wordy.join('  '), compact.join('  ')],
			problems: problemForms,
			paused: paused ? 'PAUSED' : '',
			deadline: deadlineForms,
			sync,
		},
		width,
	);
	const counted = fit.counts === 0 ? wordy : compact;
	const {name, readOnly, problems, deadline} = fit;
	const pausedText = fit.paused;
	if (fit.overflow) {
		// Even the shortest forms do not fit: cut what comes before the sync state, never the state itself.
		const rest = rightText([counted.join('  '), problems, pausedText, deadline]).trimEnd();
		const keep = Math.max(0, width - stringWidth(sync) - 2);
		return <Text wrap="truncate-end">{cell(`${cell(rest, keep, theme).trimEnd()}  ${sync}`, width, theme)}</Text>;
	}
	const scope = scopeText(accounts, regions, fit.spare, theme);
	const gap = ' '.repeat(Math.max(0, fit.spare - stringWidth(scope)));

	const categoriesInOrder = ['active', 'failed', 'completed'] as const;
	return (
		<Text wrap="truncate-end">
			<Text bold={theme.color} color={theme.toneColor('accent')}>
				{name}
			</Text>
			{scope}
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
