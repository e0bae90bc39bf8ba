// The patch that leaves a changed line's unchanged tail on screen (source/patches/ink-line-suffix.mjs): what
// the terminal shows after every incremental frame must be what Ink's own path shows, cell for cell, while
// fewer bytes go down the wire. A small terminal model replays the writes (cursor moves, erase, text).
import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import stringWidth from 'string-width';
import {freshCachesFlag} from '../../source/patches/ink-shared-output-cache.mjs';
import {completed, cutoverStore, failed, keyOf, snapshot, t0} from '../tui/fixtures.js';
import {renderScreen, settle} from '../tui/render-screen.js';

const flag = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
afterEach(() => {
	delete flags[flag];
});

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Cells of a terminal after `output`: CSI A/B/E/F/G/H/J/K, SGR (ignored: this compares text), \n as CR LF. */
function replay(output: string, columns: number, rows: number): string[] {
	const screen = Array.from({length: rows}, () => Array.from({length: columns}, () => ' '));
	let row = 0;
	let column = 0;
	const csi = /^\u001b\[([?\d;]*)([A-Za-z])/;
	let at = 0;
	while (at < output.length) {
		const rest = output.slice(at);
		const match = csi.exec(rest);
		if (match) {
			const n = Number(match[1]!.split(';')[0] || '1');
			switch (match[2]) {
				case 'A':
					row = Math.max(0, row - n);
					break;
				case 'B':
					row = Math.min(rows - 1, row + n);
					break;
				case 'E':
					row = Math.min(rows - 1, row + n);
					column = 0;
					break;
				case 'F':
					row = Math.max(0, row - n);
					column = 0;
					break;
				case 'G':
					column = Math.min(columns - 1, n - 1);
					break;
				case 'H':
					row = 0;
					column = 0;
					break;
				case 'K':
					for (let c = column; c < columns; c++) screen[row]![c] = ' ';
					break;
				case 'J':
					if (match[1] === '2') for (const line of screen) line.fill(' ');
					break;
				default:
					break; // m (SGR), h/l (modes)
			}
			at += match[0].length;
			continue;
		}
		if (rest.startsWith('\u001b]')) {
			const end = rest.indexOf('\u0007');
			at += end < 0 ? rest.length : end + 1;
			continue;
		}
		if (rest[0] === '\n') {
			row = Math.min(rows - 1, row + 1);
			column = 0;
			at++;
			continue;
		}
		const {segment} = segmenter.segment(rest)[Symbol.iterator]().next().value!;
		const width = stringWidth(segment);
		if (column < columns) screen[row]![column] = segment;
		for (let c = 1; c < width && column + c < columns; c++) screen[row]![column + c] = '';
		column += width;
		at += segment.length;
	}
	return screen.map((line) => line.join(''));
}

/** The terminal's picture after every frame of a run of polls, and the bytes written. */
async function run(): Promise<{pictures: string[]; bytes: number}> {
	const store = cutoverStore();
	const screen = renderScreen(store, {columns: 200, rows: 50, interactive: true, ui: {color: true}});
	const pictures: string[] = [];
	try {
		await settle();
		const wide = ['数据库-01 根磁盘', 'web 🚀 front', 'naïve café ﬁle', 'plain-04'];
		for (let step = 0; step < 15; step++) {
			const before = screen.stdout.frames.length;
			store.getState().pollSucceeded(
				keyOf.snapshot,
				[
					...wide.map((description, i) => snapshot(`import-snap-0${i}a1b2c3d4e5f6a7b8`, {description, progress: (step * 3 + i * 13) % 100})),
					failed('import-snap-1a2b3c4d5e6f7a8b9', {
						description: 'batch-01 root disk',
						message: step > 9 ? 'ClientError: 不支持的内核版本' : 'ClientError: Unsupported kernel',
					}),
					completed('import-snap-2b3c4d5e6f7a8b9c0', {description: 'ldap-01 root disk'}),
				],
				t0 + step * 1000,
			);
			await screen.waitFor(() => screen.stdout.frames.length > before);
			pictures.push(replay(screen.stdout.frames.join(''), 200, 50).join('\n'));
		}
		return {pictures, bytes: screen.stdout.bytes};
	} finally {
		screen.unmount();
	}
}

test("after every incremental frame the terminal shows what Ink's own line updates show, for fewer bytes", async () => {
	flags[flag] = true;
	const unpatched = await run();
	delete flags[flag];
	const patched = await run();
	assert.ok(patched.pictures.at(-1)!.includes('import-snap-1a2b3c4d5e6f7a8b9'), 'the run drew the panes');
	assert.deepEqual(patched.pictures, unpatched.pictures);
	assert.ok(patched.bytes < unpatched.bytes, `${patched.bytes} B < ${unpatched.bytes} B`);
});
