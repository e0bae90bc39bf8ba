// What the build knows and the program cannot find out for itself: its version (and the package's one-line
// description, which heads --help), and whether it runs as the single executable. The bundler defines these
// constants from package.json (source/build/bundle-options.ts); the per-file tsc output used by in-process tests
// has none of them, and says so rather than guess from whatever package.json lies nearby.
import process from 'node:process';

declare const CUTWATCH_VERSION: string | undefined;
declare const CUTWATCH_DESCRIPTION: string | undefined;
declare const CUTWATCH_SINGLE_EXECUTABLE: boolean | undefined;

export const version: string = typeof CUTWATCH_VERSION === 'string' ? CUTWATCH_VERSION : '0.0.0-unbundled';

export const description: string | undefined = typeof CUTWATCH_DESCRIPTION === 'string' ? CUTWATCH_DESCRIPTION : undefined;

const singleExecutable = typeof CUTWATCH_SINGLE_EXECUTABLE === 'boolean' && CUTWATCH_SINGLE_EXECUTABLE;

/** `cutwatch --version`: the single executable also names the Node runtime it carries. */
export function versionText(): string {
	return singleExecutable ? `${version} (single executable, Node ${process.version} inside)` : version;
}
