// esbuild plugin: keeps React devtools out of the bundle. Ink connects to them when DEV=true and the optional
// `react-devtools-core` package is installed, through two top-level `await`s in its reconciler (which a CommonJS
// bundle cannot hold) and an import that, marked external, crashes at start. cutwatch never ships devtools: the
// two blocks become dead code, and the package resolves to an empty module should anything else import it.
import {readFile} from 'node:fs/promises';
import type {Plugin} from 'esbuild';

const reconcilerFile = /[\\/]ink[\\/]build[\\/]reconciler\.js$/;
const devCheck = "process.env['DEV'] === 'true'";
const expectedChecks = 2;

export function inkWithoutDevtools(seen: Set<string>): Plugin {
	return {
		name: 'ink-without-devtools',
		setup(build) {
			build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'empty-module'}));
			build.onLoad({filter: /.*/, namespace: 'empty-module'}, () => ({contents: 'export default undefined;', loader: 'js'}));
			build.onLoad({filter: reconcilerFile}, async (args) => {
				const source = await readFile(args.path, 'utf8');
				const parts = source.split(devCheck);
				if (parts.length !== expectedChecks + 1) {
					throw new Error(
						`ink-without-devtools: ${args.path} has ${parts.length - 1} \`${devCheck}\` checks, expected ${expectedChecks}: update source/build/ink-devtools.ts for this Ink version.`,
					);
				}
				seen.add('reconciler');
				return {contents: parts.join('false /* cutwatch: no React devtools */'), loader: 'js'};
			});
		},
	};
}
