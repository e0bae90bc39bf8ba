// `npm run package`: the single executable, dist/cutwatch-linux-<arch>, one file that needs no Node on the
// machine it is copied to. A Node single executable application (SEA): the project's own Node (the `node`
// devDependency, so every build carries the same runtime) with the CommonJS bundle injected by postject.
//   --arch x64,arm64  which Linux architectures (default: this machine's). Another architecture's Node comes from
//                     the registry's node-linux-<arch> package (the one the `node` devDependency installs there),
//                     fetched with `npm pack`; its blob has no code cache (V8's cache is only valid on the CPU that
//                     made it) and it cannot be tried here, so it is not stripped either.
//   --xz              also write dist/cutwatch-linux-<arch>.xz, the smaller file to copy.
import {execFileSync, spawnSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {arch as hostArch, platform} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import process from 'node:process';
import {build} from 'esbuild';
import {assertRewritten, bundleOptions, root} from './bundle-options.js';
import {heapFlags} from './heap-flags.js';

// Fixed by Node: the string postject flips to tell the runtime a blob is inside.
const sentinelFuse = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const supported = ['x64', 'arm64'] as const;
type Arch = (typeof supported)[number];

const started = performance.now();
const log = (line: string) => process.stderr.write(`package: ${line} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
const rootDir = resolve(new URL('.', root).pathname);
const dist = join(rootDir, 'dist');
const work = join(dist, 'sea');
const require = createRequire(join(rootDir, 'package.json'));

function option(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

function targets(): Arch[] {
	const wanted = (option('--arch') ?? hostArch()).split(',');
	for (const each of wanted) {
		if (!(supported as readonly string[]).includes(each)) throw new Error(`--arch ${each}: only ${supported.join(', ')}`);
	}
	return wanted as Arch[];
}

/** The project's Node: the `node` devDependency's binary, the runtime every executable carries. */
function projectNode(): {path: string; version: string} {
	const packageDir = dirname(require.resolve('node/package.json'));
	const path = join(packageDir, 'bin', 'node');
	const version = execFileSync(path, ['-p', 'process.versions.node'], {encoding: 'utf8'}).trim();
	return {path, version};
}

/** Another architecture's Node of the same version, from the registry's node-linux-<arch> package. */
function fetchNode(target: Arch, version: string): string {
	const dir = join(work, `node-linux-${target}`);
	const binary = join(dir, 'package', 'bin', 'node');
	if (existsSync(binary)) return binary;
	mkdirSync(dir, {recursive: true});
	log(`fetching node-linux-${target}@${version} from the registry`);
	const output = execFileSync('npm', ['pack', `node-linux-${target}@${version}`, '--json', '--pack-destination', dir], {encoding: 'utf8'});
	const [packed] = JSON.parse(output) as [{filename: string}];
	execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', dir, 'package/bin/node']);
	return binary;
}

function run(command: string, args: string[], what: string): void {
	const result = spawnSync(command, args, {encoding: 'utf8', cwd: work});
	if (result.status !== 0) throw new Error(`${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
}

/** The preparation blob: the bundle (and, for this CPU, V8's code cache of it) as Node reads it at start. */
function prepareBlob(node: string, codeCache: boolean): string {
	const blob = join(work, codeCache ? 'sea-prep-cached.blob' : 'sea-prep.blob');
	const config = join(work, codeCache ? 'sea-config-cached.json' : 'sea-config.json');
	writeFileSync(
		config,
		JSON.stringify({
			main: join(work, 'cutwatch.cjs'),
			output: blob,
			disableExperimentalSEAWarning: true,
			useCodeCache: codeCache,
			useSnapshot: false,
			execArgv: heapFlags,
		}),
	);
	// The code cache is made under the same V8 flags the executable starts with (execArgv): V8 rejects a cache made
	// under other flags, with a warning on stderr.
	run(node, [...heapFlags, '--experimental-sea-config', config], 'node --experimental-sea-config');
	return blob;
}

/** strip(1) drops the symbol tables and debug info Node ships with (18 MB); the executable works the same. */
function strip(file: string): boolean {
	const result = spawnSync('strip', [file], {encoding: 'utf8'});
	if (result.status === 0) return true;
	log(`not stripped (${result.error?.message ?? result.stderr.trim()}): the executable is larger but works`);
	return false;
}

function mb(bytes: number): string {
	return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

async function main(): Promise<void> {
	if (platform() !== 'linux') throw new Error(`single executables are built on Linux only, this is ${platform()}`);
	const arches = targets();
	const node = projectNode();
	rmSync(work, {recursive: true, force: true});
	mkdirSync(work, {recursive: true});
	const {options, checks} = bundleOptions('sea', join(work, 'cutwatch.cjs'));
	await build(options);
	assertRewritten(checks);
	log(`CommonJS bundle ${statSync(join(work, 'cutwatch.cjs')).size.toLocaleString('en')} bytes`);
	for (const target of arches) {
		const native = target === hostArch();
		const runtime = native ? node.path : fetchNode(target, node.version);
		const blob = prepareBlob(node.path, native);
		const output = join(dist, `cutwatch-linux-${target}`);
		rmSync(output, {force: true});
		copyFileSync(runtime, output);
		chmodSync(output, 0o755);
		// Stripped only where it is then run: a cross-built executable cannot be tried here, so it stays as Node ships it.
		const stripped = native && strip(output);
		run(process.execPath, [require.resolve('postject/dist/cli.js'), output, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', sentinelFuse], 'postject');
		if (native) {
			// The smoke test that matters: it starts with no Node and no PATH at all, and says what it carries.
			const version = execFileSync(output, ['--version'], {encoding: 'utf8', env: {PATH: '/nonexistent'}}).trim();
			if (!version.includes(`Node v${node.version}`)) throw new Error(`${output} --version printed ${JSON.stringify(version)}`);
		}
		const size = statSync(output).size;
		log(
			`${output}: Node ${node.version}, ${mb(size)} (${size.toLocaleString('en')} bytes)${stripped ? ', stripped' : ''}${native ? ', code cache' : ', no code cache, not run here'}`,
		);
		if (process.argv.includes('--xz')) {
			execFileSync('xz', ['-T0', '-6', '-k', '-f', output]);
			log(`${output}.xz: ${mb(statSync(`${output}.xz`).size)}`);
		}
	}
	log('done');
}

await main().catch((error: unknown) => {
	process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
