#!/usr/bin/env node
// The `cutwatch` command installed by npm: checks the Node it runs on, then loads the bundle. On an older Node it
// prints one line and exits 2 before loading anything else, so no warning and no stack trace reaches the user
// (Node 20 draws Ink's screen corrupted). Plain CommonJS with no syntax newer than ES2017 and one dynamic
// import(), so that an old Node parses it.
const needed = {major: 22, minor: 12};
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < needed.major || (major === needed.major && minor < needed.minor)) {
	process.stderr.write(
		`cutwatch: this is Node ${process.versions.node}; cutwatch needs Node >= ${needed.major}.${needed.minor} ` +
			`(or use the single executable, cutwatch-linux-${process.arch}, which needs no Node at all)\n`,
	);
	process.exit(2);
}
// V8's heap sizing, which only takes effect when given to Node at start: a young generation of at most 2 × 4 MiB
// instead of 2 × 64 MiB (V8 grows it to the maximum while a first listing of 50,000 tasks survives into the
// store, and keeps it), and an old generation that grows by 25 % between full collections instead of up to
// 4 × (a full listing's garbage waited there for the next one). Measured at 50,000 tasks: RSS ~340 → ~190 MiB
// for the same poll CPU (10 % growth: ~188 MiB for +50 % poll CPU; README "Performance"). Keep in step with source/build/heap-flags.ts,
// which the single executable gets through its SEA config's execArgv (test/package/heap-flags.test.ts).
const heapFlags = ['--max-semi-space-size=4', '--heap-growing-percent=25'];
// Node has no way to set them from inside, so the guard replaces itself with `node <heapFlags> <this file>`:
// one more Node start (~40 ms of CPU), same pid, same terminal, no parent left waiting. Not when the user
// chose the young generation's size (flags, NODE_OPTIONS), nor on a Node without process.execve (22.12-22.14,
// Windows), which run with V8's defaults.
const chosen = (text: string) => text.includes('--max-semi-space-size');
if (typeof process.execve === 'function' && !process.execArgv.some(chosen) && !chosen(process.env['NODE_OPTIONS'] ?? '')) {
	try {
		process.execve(process.execPath, [process.execPath, ...heapFlags, ...process.execArgv, __filename, ...process.argv.slice(2)]);
	} catch {
		// Could not exec (a sandbox): run here with V8's defaults.
	}
}
// A name, not a literal: the bundle exists only in dist/, next to this file once built.
const bundle = './cutwatch.mjs';
import(bundle).catch((error: unknown) => {
	// A broken install (the bundle missing or unreadable): one line and EX_SOFTWARE, as any internal error.
	process.stderr.write(`cutwatch: cannot load ${bundle}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
	process.exit(70);
});
