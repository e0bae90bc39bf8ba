// Assertions about frames as a user sees them: size, alignment, and what a line says.
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

/** Exactly `rows` lines (never taller: a taller frame scrolls and floods tmux scrollback), none wider. */
export function assertFits(frame: string, columns: number, rows: number): void {
	const lines = frame.split('\n');
	assert.equal(lines.length, rows, `frame has ${lines.length} lines, terminal has ${rows}:\n${frame}`);
	for (const [index, line] of lines.entries()) {
		assert.ok(stringWidth(line) <= columns, `line ${index} is ${stringWidth(line)} columns wide (terminal ${columns}): ${JSON.stringify(line)}`);
	}
}

export function lineWith(frame: string, text: string): string {
	const line = frame.split('\n').find((each) => each.includes(text));
	assert.ok(line !== undefined, `no line contains ${JSON.stringify(text)}:\n${frame}`);
	return line;
}

/** Display column where `text` starts in `line` (wide characters count two). */
export function columnOf(line: string, text: string): number {
	const at = line.indexOf(text);
	assert.ok(at >= 0, `${JSON.stringify(text)} not in ${JSON.stringify(line)}`);
	return stringWidth(line.slice(0, at));
}

/** The line the selection cursor is on, as read (its inverse video, drawn with or without colour, stripped). */
export function selectedLine(frame: string, cursor = '›'): string {
	const line = stripAnsi(frame)
		.split('\n')
		.find((each) => /^[┃|]/.test(each) && each.slice(1).startsWith(cursor));
	assert.ok(line !== undefined, `no selected row:\n${frame}`);
	return line;
}

/** The focused pane's title line (its border is the heavy one), or '' when no pane is on screen. */
export function focusedTitle(frame: string): string {
	return frame.split('\n').find((line) => /^(┏━|#=)/.test(line)) ?? '';
}
