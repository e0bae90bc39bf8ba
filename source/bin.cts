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
// A name, not a literal: the bundle exists only in dist/, next to this file once built.
const bundle = './cutwatch.mjs';
import(bundle).catch((error: unknown) => {
	// A broken install (the bundle missing or unreadable): one line and EX_SOFTWARE, as any internal error.
	process.stderr.write(`cutwatch: cannot load ${bundle}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
	process.exit(70);
});
