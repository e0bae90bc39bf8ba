// Ink composes every frame cell by cell: each write is split into styled characters, placed on a grid of
// width × height cells, and every row of the grid is turned back into a string (at 100 tasks, 44 % of a
// frame, though one row changed). A row's string depends only on what was written to it: the output's
// width and, in order, each write's column and (clipped, transformed) line of text. This patch collects
// those per row first, and builds a row's cells only when that list is new; otherwise the row's string from
// an earlier frame is reused. The splitting of a write into lines and the horizontal clipping, both pure
// functions of their text, are remembered too. Byte-identical by construction; the cell placement is
// Ink's own code. Upstream form: README.md, "Performance".
import {freshCachesFlag} from './ink-shared-output-cache.mjs';

export const inkRowCache = {
	name: 'ink-row-cache',
	packageName: 'ink',
	file: 'build/output.js',
	marker: 'cutwatch patch: ink-row-cache',
	edits: [
		{
			find: `// Replaces a partially visible wide character with a space that keeps its styles.`,
			replace: `// cutwatch patch: ink-row-cache. Finished rows by what was written to them, a write's lines by its text, a
// clipped line by its columns: each bounded (emptied when full), each a pure function of its key.
const rowMemoLimit = 2_000;
const rowStrings = new Map();
const textLines = new Map();
const clippedLines = new Map();
// A transformer (a <Text>'s colours, a <Transform>) given the same line and index gives the same line.
const transformed = new WeakMap();
const transformLine = (transformer, line, index) => {
    let answers = transformed.get(transformer);
    if (answers === undefined) {
        answers = new Map();
        transformed.set(transformer, answers);
    }
    // Keyed by the line itself: the same string object every frame, whose hash V8 keeps.
    const answer = answers.get(line);
    if (answer !== undefined && answer.index === index) {
        return answer.output;
    }
    const output = transformer(line, index);
    if (answers.size >= 64) {
        answers.clear();
    }
    answers.set(line, { index, output });
    return output;
};
// Each output size's rows as the last frame wrote them: an unchanged row is found by comparing its writes
// (the same string objects, frame after frame) without building a key.
const lastRows = new Map();
const lastRowsOf = (width, height) => {
    const size = width + 'x' + height;
    let rows = lastRows.get(size);
    if (rows === undefined) {
        if (lastRows.size >= 8) {
            lastRows.clear();
        }
        rows = [];
        lastRows.set(size, rows);
    }
    return rows;
};
const sameWrites = (a, b) => {
    if (a.length !== b.length) {
        return false;
    }
    for (let index = 0; index < a.length; index++) {
        if (a[index] !== b[index]) {
            return false;
        }
    }
    return true;
};
const remember = (map, key, value) => {
    if (map.size >= rowMemoLimit) {
        map.clear();
    }
    map.set(key, value);
    return value;
};
// Replaces a partially visible wide character with a space that keeps its styles.`,
		},
		{
			find: `    get() {
        // Initialize output array with a specific set of rows, so that margin/padding at the bottom is preserved`,
			replace: `    // What applyWriteOperation would place, as [column, line, ...] per row (the same clipping and transforms).
    collectWriteOperation(rows, operation, clip) {
        const { text, transformers } = operation;
        let { x, y } = operation;
        let lines = textLines.get(text);
        if (lines === undefined) {
            const characterLines = [[]];
            for (const character of this.caches.getStyledChars(text)) {
                if (character.value === '\\n') {
                    characterLines.push([]);
                }
                else {
                    characterLines.at(-1).push(character);
                }
            }
            lines = remember(textLines, text, characterLines.map(line => styledCharsToString(line)));
        }
        if (clip) {
            if (isClipEmpty(clip)) {
                return;
            }
            const shouldClipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
            const shouldClipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
            if (shouldClipHorizontally) {
                const width = this.caches.getWidestLine(text);
                if (x + width < clip.x1 || x > clip.x2) {
                    return;
                }
            }
            if (shouldClipVertically) {
                const height = lines.length;
                if (y + height < clip.y1 || y > clip.y2) {
                    return;
                }
            }
            if (shouldClipHorizontally) {
                lines = lines.map(line => {
                    const from = x < clip.x1 ? clip.x1 - x : 0;
                    const width = this.caches.getStringWidth(line);
                    const to = x + width > clip.x2 ? clip.x2 - x : width;
                    const clipped = clippedLines.get(line);
                    if (clipped !== undefined && clipped.from === from && clipped.to === to) {
                        return clipped.output;
                    }
                    return remember(clippedLines, line, { from, to, output: this.sliceLineToColumns(line, from, to) }).output;
                });
                if (x < clip.x1) {
                    x = clip.x1;
                }
            }
            if (shouldClipVertically) {
                const from = y < clip.y1 ? clip.y1 - y : 0;
                const height = lines.length;
                const to = y + height > clip.y2 ? clip.y2 - y : height;
                lines = lines.slice(from, to);
                if (y < clip.y1) {
                    y = clip.y1;
                }
            }
        }
        for (let [index, line] of lines.entries()) {
            const row = rows[y + index];
            if (!row) {
                continue;
            }
            for (const transformer of transformers) {
                line = transformLine(transformer, line, index + y - operation.y);
            }
            if (line !== '') {
                row.push(x, line);
            }
        }
    }
    // A row's string from its writes, placed on blank cells by applyWriteOperation's own loop.
    renderRow(writes) {
        const currentLine = [];
        for (let x = 0; x < this.width; x++) {
            currentLine.push({
                type: 'char',
                value: ' ',
                fullWidth: false,
                styles: [],
            });
        }
        for (let index = 0; index < writes.length; index += 2) {
            const characters = this.caches.getStyledChars(writes[index + 1]);
            if (characters.length === 0) {
                continue;
            }
            let offsetX = writes[index];
            if (currentLine[offsetX]?.value === '' &&
                offsetX > 0 &&
                this.caches.getStringWidth(currentLine[offsetX - 1]?.value ?? '') > 1) {
                currentLine[offsetX - 1] = blankCell(currentLine[offsetX - 1]);
            }
            for (const character of characters) {
                currentLine[offsetX] = character;
                const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
                if (characterWidth > 1) {
                    for (let offset = 1; offset < characterWidth; offset++) {
                        currentLine[offsetX + offset] = {
                            type: 'char',
                            value: offsetX < 0 ? ' ' : '',
                            fullWidth: false,
                            styles: character.styles,
                        };
                    }
                }
                offsetX += characterWidth;
            }
            if (currentLine[offsetX]?.value === '') {
                currentLine[offsetX] = blankCell(currentLine[offsetX]);
            }
        }
        return styledCharsToString(currentLine.filter(item => item !== undefined)).trimEnd();
    }
    getByRows() {
        const rows = [];
        for (let y = 0; y < this.height; y++) {
            rows.push([]);
        }
        const clips = [];
        for (const operation of this.operations) {
            if (operation.type === 'clip') {
                clips.push(intersectClips(clips.at(-1), operation.clip));
            }
            else if (operation.type === 'unclip') {
                clips.pop();
            }
            else {
                this.collectWriteOperation(rows, operation, clips.at(-1));
            }
        }
        let generatedOutput = '';
        const last = lastRowsOf(this.width, this.height);
        for (let y = 0; y < rows.length; y++) {
            const writes = rows[y];
            const before = last[y];
            if (before !== undefined && sameWrites(before.writes, writes)) {
                generatedOutput += y === 0 ? before.line : '\\n' + before.line;
                continue;
            }
            let key = String(this.width);
            for (let index = 0; index < writes.length; index += 2) {
                key += '\\u0000' + writes[index] + '\\u0000' + writes[index + 1].length + '\\u0000' + writes[index + 1];
            }
            const line = rowStrings.get(key) ?? remember(rowStrings, key, this.renderRow(writes));
            last[y] = { writes, line };
            generatedOutput += y === 0 ? line : '\\n' + line;
        }
        return {
            output: generatedOutput,
            height: rows.length,
        };
    }
    get() {
        if (globalThis[Symbol.for('${freshCachesFlag}')] !== true) {
            return this.getByRows();
        }
        // Initialize output array with a specific set of rows, so that margin/padding at the bottom is preserved`,
		},
	],
};
