// The gauge and percentage cells. The text is computed by gauge.ts; this only paints it.
import {Text} from 'ink';
import type {Category} from '../../model/task.js';
import {useTheme} from '../context.js';

export function ProgressGauge({category, filled, empty, percent}: {category: Category; filled: string; empty: string; percent: string}) {
	const theme = useTheme();
	return (
		<>
			<Text color={theme.categoryColor(category)}>{filled}</Text>
			<Text color={theme.toneColor('muted')}>{empty}</Text> {percent}
		</>
	);
}
