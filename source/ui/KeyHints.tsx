// The bottom line: the keys that matter in the current view and the current filter, search and sort. Keys
// are looked up in keymap.ts, so the hints cannot name a key that does nothing. Shortens itself to fit.
import {Text} from 'ink';
import {useCutwatch, useTheme} from './context.js';
import {keymap, keysLabel, type Action, type Mode} from './keymap.js';
import type {StatusFilter} from '../store/index.js';
import {sanitize} from '../text/sanitize.js';
import {cell, stringWidth} from './text.js';

type Hint = {readonly actions: readonly Action[]; readonly label: string; readonly short?: string; readonly keep?: boolean};

export function keyOf(action: Action, ascii: boolean): string {
	const binding = keymap.find((each) => each.action === action);
	return binding ? (keysLabel(binding, ascii).split(' ')[0] ?? '') : '';
}

function hintsFor(mode: Mode, values: {filter: StatusFilter; eventFilter: StatusFilter; search: string; sort: string; paused: boolean}): Hint[] {
	const search = sanitize(values.search.trim());
	const common: Hint[] = [
		{actions: ['refresh'], label: 'refresh', short: ''},
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
				...common,
				{actions: ['events'], label: 'events', short: ''},
				{actions: ['help'], label: 'help', keep: true},
				{actions: ['quit'], label: 'quit', keep: true},
			];
		case 'detail':
			return [{actions: ['up', 'down'], label: 'scroll', short: ''}, {actions: ['pageDown'], label: 'page', short: ''}, {actions: ['close'], label: 'back', keep: true}, {actions: ['copyId'], label: 'copy id', short: ''}, ...common, {actions: ['help'], label: 'help', keep: true}];
		case 'events':
			return [
				{actions: ['up', 'down'], label: 'scroll', short: ''},
				{actions: ['filterNext'], label: `filter: ${values.eventFilter}`, short: values.eventFilter, keep: true},
				{actions: ['search'], label: search === '' ? 'search' : `search: ${search}`, short: search, keep: search !== ''},
				{actions: ['close'], label: 'back', keep: true},
				...common,
				{actions: ['help'], label: 'help', keep: true},
			];
		case 'help':
			return [{actions: ['up', 'down'], label: 'scroll', short: ''}, {actions: ['close'], label: 'close', keep: true}];
		case 'cutover':
			return [{actions: ['up', 'down'], label: 'scroll timeline', short: ''}, {actions: ['close'], label: 'back', keep: true}, ...common, {actions: ['help'], label: 'help', keep: true}];
		case 'search':
			return [];
	}
}

/** Full labels if they fit; then labels only where they carry a value; then keys with values; then the essentials. */
export function hintsText(hints: readonly Hint[], width: number, ascii: boolean): string {
	const keyText = (hint: Hint) => hint.actions.map((action) => keyOf(action, ascii)).join(ascii ? '/' : '');
	const full = (hint: Hint) => `${keyText(hint)} ${hint.label}`;
	const short = (hint: Hint) => (hint.short === undefined ? full(hint) : hint.short === '' ? keyText(hint) : `${keyText(hint)}:${hint.short}`);
	const levels: Array<() => string> = [
		() => hints.map(full).join('  '),
		() => hints.map((hint) => (hint.keep ? full(hint) : short(hint))).join('  '),
		() => hints.map(short).join(' '),
		() => hints.filter((hint) => hint.keep).map(short).join(' '),
	];
	for (const level of levels) {
		const text = ' ' + level();
		if (stringWidth(text) <= width) return text;
	}
	return ' ' + levels.at(-1)!();
}

export function KeyHints({mode, width, eventFilter}: {mode: Mode; width: number; eventFilter: StatusFilter}) {
	const theme = useTheme();
	const filter = useCutwatch((state) => state.view.filters[state.view.focusedPane]);
	const search = useCutwatch((state) => state.view.search);
	const sort = useCutwatch((state) => state.view.sort);
	const paused = useCutwatch((state) => state.paused);
	const text = hintsText(hintsFor(mode, {filter, eventFilter, search, sort, paused}), width, theme.ascii);
	return (
		<Text wrap="truncate-end" color={theme.toneColor('muted')}>
			{cell(text, width, theme)}
		</Text>
	);
}
