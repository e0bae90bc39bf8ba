#!/usr/bin/env node
// Applies cutwatch's patches to installed dependencies (npm runs it as `prepare` after every `npm ci` and
// `npm install`; the bundle is built from the patched files). Idempotent: a patched file is left alone.
//   node source/patches/apply.mjs           apply; warn (never fail the install) when a patch no longer fits
//   node source/patches/apply.mjs --check   exit 1 unless every patch is applied
// Plain JavaScript on Node's built-ins only: it runs before anything is built, with any Node npm runs.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {inkLineSuffix} from './ink-line-suffix.mjs';
import {inkRowCache} from './ink-row-cache.mjs';
import {inkSquashMemo} from './ink-squash-memo.mjs';
import {inkFitMemo} from './ink-fit-memo.mjs';
import {inkSharedOutputCache} from './ink-shared-output-cache.mjs';
import {stringWidthMemo} from './string-width-memo.mjs';

export const patches = [inkSharedOutputCache, stringWidthMemo, inkLineSuffix, inkRowCache, inkSquashMemo, inkFitMemo];

/** The patched text; throws when an edit's anchor is not found exactly once (the package changed). */
export function applyEdits(text, patch) {
	if (text.includes(patch.marker)) return text;
	let result = text;
	for (const {find, replace} of patch.edits) {
		const at = result.indexOf(find);
		if (at < 0 || result.indexOf(find, at + 1) >= 0) throw new Error(`${patch.name}: the code it changes in ${patch.packageName}/${patch.file} has changed`);
		result = result.slice(0, at) + replace + result.slice(at + find.length);
	}
	return result;
}

/** The installed file a patch changes, as Node resolves the package from here (the copy cutwatch loads). */
export function patchTarget(patch) {
	const require = createRequire(import.meta.url);
	// package.json is not exported by every package; its main entry always is.
	let directory = dirname(require.resolve(patch.packageName));
	while (!safeRead(join(directory, 'package.json'))?.includes(`"name": "${patch.packageName}"`)) {
		const parent = dirname(directory);
		if (parent === directory) throw new Error(`${patch.name}: ${patch.packageName} not found`);
		directory = parent;
	}
	return join(directory, patch.file);
}

function safeRead(file) {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function main() {
	const check = process.argv.includes('--check');
	let failed = false;
	for (const patch of patches) {
		try {
			const file = patchTarget(patch);
			const text = readFileSync(file, 'utf8');
			if (check) {
				if (!text.includes(patch.marker)) throw new Error(`${patch.name} is not applied to ${file}`);
				continue;
			}
			const patched = applyEdits(text, patch);
			if (patched !== text) writeFileSync(file, patched);
		} catch (error) {
			failed = true;
			const message = error instanceof Error ? error.message : String(error);
			process.stderr.write(`cutwatch: ${message}${check ? '' : '; cutwatch runs without it (slower frames)'}\n`);
		}
	}
	if (check && failed) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
