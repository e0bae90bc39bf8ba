// Inverse video and bold are not colour. chalk (which Ink draws with) turns all SGR off when it finds
// --no-color in argv or FORCE_COLOR=0, so the selected row would be marked by its `›` alone; on a terminal,
// without colour, chalk is given back its basic level. Colours stay off: the theme names none then.
import chalk from 'chalk';

/** `level`: chalk's, injectable for tests. Returns the level Ink will draw with. */
export function keepAttributes(color: boolean, stdout: {readonly isTTY?: boolean}, level: {level: number} = chalk): number {
	if (!color && stdout.isTTY === true && level.level === 0) level.level = 1;
	return level.level;
}
