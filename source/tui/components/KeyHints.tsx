// The bottom line: the keys that matter in the current view and the current filter, search and sort. Keys
// are looked up in keymap.ts, so the hints cannot name a key that does nothing. Shortens itself to fit.
import {Text} from 'ink';
import {useCutwatch, useTheme} from '../context.js';
import {keymap, keysLabel, type Action, type Mode} from '../keys/keymap.js';
import {selectCounts, selectPaneSource, type StatusFilter} from '../../store/index.js';
import {sanitize} from '../../format/sanitize.js';
import {cell, stringWidth} from '../layout/column-text.js';
import type {UiState} from '../state/ui-state.js';
import {formatCount} from '../hooks/units.js';

type Hint = {readonly actions: readonly Action[]; readonly label: string; readonly short?: string; readonly keep?: boolean};

export function keyOf(action: Action, ascii: boolean): string {
	const binding = keymap.find((each) => each.action === action);
	return binding ? (keysLabel(binding, ascii).split(' ')[0] ?? '') : '';
}

type HintValues = {filter: StatusFilter; eventFilter: StatusFilter; search: string; sort: string; paused: boolean; fleet?: boolean; grouped?: boolean};

function hintsFor(mode: Mode, values: HintValues): Hint[] {
	const search = sanitize(values.search.trim());
	const common: Hint[] = [
		{actions: ['refresh'], label: values.paused ? 'refresh once' : 'refresh', short: ''},
		{actions: ['pause'], label: values.paused ? 'resume' : 'pause', short: ''},
	];
	switch (mode) {
		case 'main':
			return [
				{actions: ['up', 'down'], label: 'move', short: ''},
				{actions: ['nextPane'], label: 'pane', short: ''},
				{actions: ['open'], label: 'detail', short: ''},
				{actions: ['filterNext'], label: `filter: ${values.filter}`, short: values.filter, keep: true},
				{actions: ['search'], label: search === '' ? 'search' : `search: ${search}`, short: search, keep: search !== ''},
				{actions: ['sortNext'], label: `sort: ${values.sort}`, short: values.sort, keep: true},
				// More than one account or region behind a pane: the fold into one line each is worth a hint.
				...(values.fleet || values.grouped ? [{actions: ['groups'] as const, label: values.grouped ? 'rows' : 'accounts', short: ''}] : []),
				...common,
				{actions: ['events'], label: 'events', short: ''},
				{actions: ['failures'], label: 'failures', short: ''},
				{actions: ['help'], label: 'help', keep: true},
				{actions: ['quit'], label: 'quit', keep: true},
			];
		case 'detail':
			return [
				{actions: ['up', 'down'], label: 'scroll', short: ''},
				{actions: ['pageDown'], label: 'page', short: ''},
				{actions: ['close'], label: 'back', keep: true},
				{actions: ['copyId'], label: 'copy id', short: ''},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'events':
			return [
				{actions: ['up', 'down'], label: 'move', short: ''},
				{actions: ['open'], label: 'open', short: ''},
				{actions: ['filterNext'], label: `filter: ${values.eventFilter}`, short: values.eventFilter, keep: true},
				{actions: ['search'], label: search === '' ? 'search' : `search: ${search}`, short: search, keep: search !== ''},
				{actions: ['close'], label: 'back', keep: true},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'failures':
			return [
				{actions: ['up', 'down'], label: 'move', short: ''},
				{actions: ['open'], label: 'open', short: ''},
				{actions: ['close'], label: 'back', keep: true},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'source':
			return [
				{actions: ['up', 'down'], label: 'scroll', short: ''},
				{actions: ['close'], label: 'back', keep: true},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'help':
			return [
				{actions: ['up', 'down'], label: 'scroll', short: ''},
				{actions: ['close'], label: 'close', keep: true},
			];
		case 'cutover':
			return [
				{actions: ['up', 'down'], label: 'scroll timeline', short: ''},
				{actions: ['close'], label: 'back', keep: true},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'search':
			return [];
	}
}

/**
 * Full labels if they fit; otherwise labels give way one at a time (plain ones in order, then the values of
 * the kept ones), then the gaps close, then hints without a value drop from the end, down to the essentials.
 */
export function hintsText(hints: readonly Hint[], width: number, ascii: boolean): string {
	const keyText = (hint: Hint) => hint.actions.map((action) => keyOf(action, ascii)).join(ascii ? '/' : '');
	const full = (hint: Hint) => `${keyText(hint)} ${hint.label}`;
	const short = (hint: Hint) => (hint.short === undefined ? full(hint) : hint.short === '' ? keyText(hint) : `${keyText(hint)}:${hint.short}`);
	const shortened = new Set<Hint>();
	const dropped = new Set<Hint>();
	const render = (gap: string) =>
		' ' +
		hints
			.filter((hint) => !dropped.has(hint))
			.map((hint) => (shortened.has(hint) ? short(hint) : full(hint)))
			.join(gap);
	const fits = (text: string) => stringWidth(text) <= width;
	let text = render('  ');
	if (fits(text)) return text;
	for (const hint of [...hints.filter((each) => !each.keep), ...hints.filter((each) => each.keep)]) {
		if (short(hint) === full(hint)) continue;
		shortened.add(hint);
		text = render('  ');
		if (fits(text)) return text;
	}
	text = render(' ');
	if (fits(text)) return text;
	for (const hint of hints.filter((each) => !each.keep).reverse()) {
		dropped.add(hint);
		text = render(' ');
		if (fits(text)) return text;
	}
	return text;
}

/** What the footer says before the keys, while it is true: '' when nothing. */
export function noticeText(notice: UiState['notice'], paused: boolean, ascii: boolean): string {
	if (notice === 'refreshedWhilePaused' && paused) return ` refreshing once; paused: ${keyOf('pause', ascii)} resumes `;
	return '';
}

export function KeyHints({
	mode,
	width,
	eventFilter,
	notice,
	quitArmed = false,
}: {
	mode: Mode;
	width: number;
	eventFilter: StatusFilter;
	notice?: UiState['notice'];
	quitArmed?: boolean;
}) {
	const theme = useTheme();
	const active = useCutwatch((state) => (quitArmed ? selectCounts(state).active : 0));
	const filter = useCutwatch((state) => state.view.filters[state.view.focusedPane]);
	const search = useCutwatch((state) => state.view.search);
	const sort = useCutwatch((state) => state.view.sort);
	const paused = useCutwatch((state) => state.paused);
	const grouped = useCutwatch((state) => state.view.grouped);
	const fleet = useCutwatch((state) => (selectPaneSource(state, state.view.focusedPane)?.sources.length ?? 0) > 1);
	const lead = quitArmed ? '' : noticeText(notice, paused, theme.ascii);
	const rest = Math.max(0, width - stringWidth(lead));
	const text = quitArmed
		? ` ${keyOf('quit', theme.ascii)} again to quit: ${formatCount(active)} task${active === 1 ? ' is' : 's are'} still running (any other key keeps watching)`
		: hintsText(hintsFor(mode, {filter, eventFilter, search, sort, paused, fleet, grouped}), rest, theme.ascii);
	return (
		<Text wrap="truncate-end" color={theme.toneColor('muted')}>
			{lead === '' ? null : <Text color={theme.toneColor('warn')}>{cell(lead, Math.min(width, stringWidth(lead)), theme)}</Text>}
			{cell(text, rest, theme)}
		</Text>
	);
}
