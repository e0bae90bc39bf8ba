// The bottom line while typing a search: the text as typed (the list filters as it changes), and how to
// keep or clear it. The text is the store's view.search: one source of truth.
import {Text} from 'ink';
import {sanitize} from '../../format/sanitize.js';
import {useCutwatch, useTheme} from '../context.js';
import {cell, stringWidth} from '../layout/column-text.js';

export function SearchPrompt({width}: {width: number}) {
	const theme = useTheme();
	const search = sanitize(useCutwatch((state) => state.view.search));
	const help = '  Enter keep · Esc clear · empty Enter clears';
	const helpText = theme.ascii ? help.replace(/·/g, '|') : help;
	const cursor = theme.ascii ? '_' : '█';
	const prompt = `/${search}${cursor}`;
	const room = Math.max(0, width - stringWidth(helpText));
	// Long input scrolls: the end (where typing happens) stays visible.
	const shown = stringWidth(prompt) > room ? cell(prompt, room, theme, 'start') : cell(prompt, room, theme);
	return (
		<Text wrap="truncate-end">
			<Text color={theme.toneColor('accent')}>{shown}</Text>
			<Text color={theme.toneColor('muted')}>{cell(helpText, width - stringWidth(shown), theme)}</Text>
		</Text>
	);
}
