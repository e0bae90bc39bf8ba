// Ink 8 measures every character of every frame afresh: Output builds new OutputCaches per frame, so each
// cell's string-width and each line's ANSI tokenisation are recomputed 60 times a second for text that has
// not changed (at 100 tasks, 92 % of a frame). This patch keeps one bounded cache for all frames. The cached
// values are pure functions of their key (the text), so the output is byte-identical; the cells placed in the
// frame are referenced, never mutated, by Output (blankCell copies). Written as plain edits so an Ink upgrade
// that moves this code makes the edit fail loudly (test/patches/ink-shared-output-cache.test.ts) instead of
// silently doing nothing. Upstream form: README.md, "Performance".

/**
 * Set globalThis[Symbol.for(freshCachesFlag)] = true to measure as published Ink and string-width do: fresh
 * caches every frame and no width memo (the byte-identical test and the bench's before/after).
 */
export const freshCachesFlag = 'cutwatch.inkFreshOutputCaches';

export const inkSharedOutputCache = {
	name: 'ink-shared-output-cache',
	packageName: 'ink',
	file: 'build/output.js',
	marker: 'cutwatch patch: ink-shared-output-cache',
	edits: [
		{
			find: `class OutputCaches {
    widths = new Map();
    blockWidths = new Map();
    styledChars = new Map();`,
			replace: `// cutwatch patch: ink-shared-output-cache. One set of caches for every frame, each bounded (emptied when
// full), instead of new ones per frame: the values depend only on the text, so output is byte-identical.
class BoundedCache extends Map {
    limit;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    set(key, value) {
        if (this.size >= this.limit) {
            this.clear();
        }
        return super.set(key, value);
    }
}
class OutputCaches {
    widths = new BoundedCache(20_000);
    blockWidths = new BoundedCache(2_000);
    styledChars = new BoundedCache(2_000);`,
		},
		{
			find: `export default class Output {
    operations = [];
    caches = new OutputCaches();`,
			replace: `const sharedOutputCaches = new OutputCaches();
export default class Output {
    operations = [];
    caches = globalThis[Symbol.for('${freshCachesFlag}')] === true ? new OutputCaches() : sharedOutputCaches;`,
		},
	],
};
