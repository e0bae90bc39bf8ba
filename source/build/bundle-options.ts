// The esbuild options of both artefacts built from source/main.ts: the npm bundle (one ESM file, what `bin`
// runs) and the single executable's entry (the same program as CommonJS, which is all Node's SEA runs).
import {readFileSync} from 'node:fs';
import type {BuildOptions} from 'esbuild';
import {ec2SchemaKeys, type SchemaKeysReport} from './ec2-schema-keys.js';
import {inkWithoutDevtools} from './ink-devtools.js';
import {yogaSync} from './yoga-sync.js';

export const root = new URL('../../', import.meta.url);

type PackageJson = {version: string; description: string};

export type BundleChecks = {schemaKeys: SchemaKeysReport[]; rewrites: Set<string>};

/** Every rewrite a plugin promised must have happened: a renamed file would otherwise slip through unrewritten. */
export function assertRewritten(checks: BundleChecks): void {
	const missing = ['entry', 'emscripten', 'reconciler'].filter((name) => !checks.rewrites.has(name));
	if (checks.schemaKeys.length === 0) missing.push('@aws-sdk/client-ec2 schemas');
	if (missing.length > 0) throw new Error(`build: these files were never seen, so their rewrite did not happen: ${missing.join(', ')}`);
}

export function bundleOptions(kind: 'npm' | 'sea', outfile: string): {options: BuildOptions; checks: BundleChecks} {
	const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as PackageJson;
	const checks: BundleChecks = {schemaKeys: [], rewrites: new Set()};
	const sea = kind === 'sea';
	const options: BuildOptions = {
		absWorkingDir: new URL('.', root).pathname,
		entryPoints: ['source/main.ts'],
		outfile,
		bundle: true,
		platform: 'node',
		target: 'node22',
		format: sea ? 'cjs' : 'esm',
		// The ES module builds: the SDK's CommonJS build is one file per package and never shakes.
		mainFields: ['module', 'main'],
		minify: true,
		legalComments: 'eof',
		metafile: true,
		logLevel: 'warning',
		define: {
			'process.env.NODE_ENV': '"production"',
			CUTWATCH_VERSION: JSON.stringify(pkg.version),
			CUTWATCH_DESCRIPTION: JSON.stringify(pkg.description),
			CUTWATCH_SINGLE_EXECUTABLE: String(sea),
			// CommonJS has no import.meta. meow insists on one but reads no package.json (the version is given);
			// yargs-parser makes a require() for built-ins from its URL.
			...(sea ? {'import.meta': 'cutwatchImportMeta'} : {}),
		},
		banner: sea
			? {js: 'var cutwatchImportMeta = {url: require("node:url").pathToFileURL(process.execPath).href};'}
			: // Some bundled CommonJS dependencies call require() for Node built-ins.
				{js: 'import {createRequire as cutwatchCreateRequire} from "node:module"; const require = cutwatchCreateRequire(import.meta.url);'},
		plugins: [ec2SchemaKeys(checks.schemaKeys), yogaSync(checks.rewrites), inkWithoutDevtools(checks.rewrites)],
	};
	return {options, checks};
}
