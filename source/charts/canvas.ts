// A grid of dots that renders to lines of text: braille (2×4 dots a cell) or, for --ascii, one '#' a cell.
// Charts draw in dot coordinates (0,0 top left) and never know which of the two they are painting.

export type Canvas = {
	readonly cols: number;
	readonly rows: number;
	/** Dots across and down. */
	readonly width: number;
	readonly height: number;
	dot(x: number, y: number): void;
	/** A straight line of dots between two points (inclusive). */
	line(x0: number, y0: number, x1: number, y1: number): void;
	/** Puts a character in a cell, over any dots (markers: failure, stall). */
	mark(col: number, row: number, char: string): void;
	lines(): string[];
};

// Braille dot bits by [row][column] within a cell (Unicode's numbering of dots 1-8).
const brailleBits = [
	[0x01, 0x08],
	[0x02, 0x10],
	[0x04, 0x20],
	[0x40, 0x80],
];

export function createCanvas(cols: number, rows: number, ascii: boolean): Canvas {
	const cellW = ascii ? 1 : 2;
	const cellH = ascii ? 1 : 4;
	const bits = new Uint8Array(Math.max(0, cols * rows));
	const marks = new Map<number, string>();
	const width = cols * cellW;
	const height = rows * cellH;

	function dot(x: number, y: number) {
		const dx = Math.round(x);
		const dy = Math.round(y);
		if (dx < 0 || dy < 0 || dx >= width || dy >= height) return;
		const cell = Math.floor(dy / cellH) * cols + Math.floor(dx / cellW);
		bits[cell]! |= ascii ? 1 : brailleBits[dy % 4]![dx % 2]!;
	}

	return {
		cols,
		rows,
		width,
		height,
		dot,
		line(x0, y0, x1, y1) {
			const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
			for (let i = 0; i <= steps; i++) dot(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
		},
		mark(col, row, char) {
			if (col >= 0 && row >= 0 && col < cols && row < rows) marks.set(row * cols + col, char);
		},
		lines() {
			const out: string[] = [];
			for (let row = 0; row < rows; row++) {
				let text = '';
				for (let col = 0; col < cols; col++) {
					const cell = row * cols + col;
					const mark = marks.get(cell);
					const value = bits[cell]!;
					text += mark ?? (value === 0 ? ' ' : ascii ? '#' : String.fromCharCode(0x2800 + value));
				}
				out.push(text);
			}
			return out;
		},
	};
}
