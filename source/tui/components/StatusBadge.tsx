// The status cell: category symbol and AWS's raw status text, coloured by category when colour is on.
import {Text} from 'ink';
import type {Category} from '../../model/task.js';
import {useTheme} from '../context.js';

export function StatusBadge({category, text}: {category: Category; text: string}) {
	const theme = useTheme();
	return <Text color={theme.categoryColor(category)}>{text}</Text>;
}
