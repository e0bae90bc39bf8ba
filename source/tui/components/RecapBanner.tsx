// The line under the header while the operator catches up: what happened while they were away (use-recap.ts).
import {Text} from 'ink';
import {useTheme} from '../context.js';
import {cell} from '../layout/column-text.js';

export function RecapBanner({text, width}: {text: string; width: number}) {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end" inverse={theme.color} color={theme.toneColor('accent')}>
			{cell(` ${text}`, width, theme)}
		</Text>
	);
}
