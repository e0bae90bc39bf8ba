// esbuild plugin: lets @aws-sdk/client-ec2's schema module tree-shake. That one generated file (1.3 MB, every
// EC2 shape) declares each name once (`const _eQN = "ec2QueryName";`) and writes object keys as computed
// constants (`{ [_eQN]: 'Min' }`). esbuild cannot prove a computed key free of side effects, so it keeps every
// schema (2,178 of 2,518); with the keys written as the literal strings they stand for, it keeps only the shapes
// cutwatch's four operations reach. The rewrite is checked: if a future SDK changes the file's shape, the build
// fails here, loudly, rather than silently shipping the whole module again.
import {readFile} from 'node:fs/promises';
import type {Plugin} from 'esbuild';

const schemaFile = /[\\/]@aws-sdk[\\/]client-ec2[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;
const nameDeclaration = /^const (_[A-Za-z0-9_$]+) = "([^"\\]*)";$/gm;
const computedKey = /\[(_[A-Za-z0-9_$]+)\]:/g;
// Any computed key left after the rewrite, whatever it is named.
const anyComputedKey = /[{,]\s*\[[^\]\n]*\]\s*:/;

export type SchemaKeysReport = {file: string; names: number; rewrites: number};

/** Rewrites one schema module's computed keys to literals; throws when the file is not what it expects. */
export function rewriteSchemaKeys(source: string, file: string): {code: string; report: SchemaKeysReport} {
	const names = new Map<string, string>();
	for (const [, name, value] of source.matchAll(nameDeclaration)) names.set(name!, value!);
	if (names.size < 100) fail(file, `found ${names.size} \`const _X = "…";\` name declarations, expected thousands`);
	let rewrites = 0;
	const code = source.replace(computedKey, (whole, name: string) => {
		const value = names.get(name);
		if (value === undefined) fail(file, `computed key ${whole} names no declared constant`);
		rewrites++;
		return `${JSON.stringify(value)}:`;
	});
	if (rewrites < 100) fail(file, `rewrote ${rewrites} computed keys, expected thousands`);
	const left = anyComputedKey.exec(code);
	if (left) fail(file, `a computed key survived the rewrite: ${JSON.stringify(code.slice(left.index, left.index + 80))}`);
	return {code, report: {file, names: names.size, rewrites}};
}

function fail(file: string, why: string): never {
	throw new Error(
		`ec2-schema-keys: ${file} no longer has the shape this plugin rewrites (${why}). ` +
			'Without the rewrite @aws-sdk/client-ec2 does not tree-shake: update source/build/ec2-schema-keys.ts for this SDK version.',
	);
}

/** The plugin; `reports` collects one entry per rewritten file (the build script fails if there is none). */
export function ec2SchemaKeys(reports: SchemaKeysReport[]): Plugin {
	return {
		name: 'ec2-schema-keys',
		setup(build) {
			build.onLoad({filter: schemaFile}, async (args) => {
				const {code, report} = rewriteSchemaKeys(await readFile(args.path, 'utf8'), args.path);
				reports.push(report);
				return {contents: code, loader: 'js'};
			});
		},
	};
}
