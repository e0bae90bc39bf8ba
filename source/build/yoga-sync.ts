// esbuild plugin: starts yoga-layout (Ink's layout engine, Emscripten-compiled WebAssembly) synchronously.
// yoga-layout's entry is `export default wrapAssembly(await loadYoga())`: a top-level await, which a CommonJS
// bundle (the single executable's entry) cannot hold. Emscripten lets the embedder instantiate the module through
// the `instantiateWasm` hook; done with the synchronous WebAssembly API, the runtime is ready when loadYoga
// returns. The wasm bytes stay where yoga ships them (base64 in the Emscripten module), moved into an export so
// that the bundle carries them once. Each rewrite checks the text it replaces and fails the build if it changed.
import {readFile} from 'node:fs/promises';
import type {Plugin} from 'esbuild';

const entryFile = /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/;
const emscriptenFile = /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
const expectedEntry = 'const Yoga = wrapAssembly(await loadYoga());';
const dataUri = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/g;
const scriptDir = 'var _scriptDir = import.meta.url;';

const syncEntry = `// yoga-layout's entry, started synchronously by cutwatch's build (source/build/yoga-sync.ts).
import loadYoga, {cutwatchWasmBase64} from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const yogaModule = {
	instantiateWasm(imports, receiveInstance) {
		const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(cutwatchWasmBase64, 'base64')), imports);
		receiveInstance(instance);
		return instance.exports;
	},
};
loadYoga(yogaModule);
if (yogaModule.calledRun !== true) throw new Error('yoga-layout did not start synchronously');
const Yoga = wrapAssembly(yogaModule);
export default Yoga;
export * from './generated/YGEnums.js';
`;

function fail(file: string, why: string): never {
	throw new Error(`yoga-sync: ${file} changed (${why}): update source/build/yoga-sync.ts for this yoga-layout version.`);
}

export function yogaSync(seen: Set<string>): Plugin {
	return {
		name: 'yoga-sync',
		setup(build) {
			build.onLoad({filter: entryFile}, async (args) => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes(expectedEntry)) fail(args.path, `no \`${expectedEntry}\``);
				seen.add('entry');
				return {contents: syncEntry, loader: 'js'};
			});
			build.onLoad({filter: emscriptenFile}, async (args) => {
				const source = await readFile(args.path, 'utf8');
				const uris = [...source.matchAll(dataUri)];
				if (uris.length !== 1) fail(args.path, `${uris.length} embedded wasm data URIs, expected 1`);
				if (source.split(scriptDir).length !== 2) fail(args.path, `no single \`${scriptDir}\``);
				const base64 = uris[0]![1]!;
				// The URI stays a (now empty) data URI, so Emscripten never looks for a file next to the bundle.
				const contents =
					source.replace(dataUri, 'H="data:application/octet-stream;base64,"').replace(scriptDir, 'var _scriptDir = undefined;') +
					`\nexport const cutwatchWasmBase64 = ${JSON.stringify(base64)};\n`;
				seen.add('emscripten');
				return {contents, loader: 'js'};
			});
		},
	};
}
