// The patches that keep Ink's output caches across frames and memoise string-width (source/patches/): they
// must be applied to the copies cutwatch loads (npm's prepare script does it; after an upgrade that moves the code,
// this is what fails), and the screen they draw must be byte for byte the screen of the published packages.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {afterEach, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {applyEdits, patches, patchTarget} from '../../source/patches/apply.mjs';
import {freshCachesFlag, inkSharedOutputCache} from '../../source/patches/ink-shared-output-cache.mjs';
import {completed, cutoverStore, failed, keyOf, minute, snapshot, t0} from '../tui/fixtures.js';
import {renderScreen, settle} from '../tui/render-screen.js';

const flag = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
afterEach(() => {
	delete flags[flag];
});

test('the patches are applied to the packages cutwatch loads (npm ci runs them as its prepare script)', () => {
	const script = new URL('../../source/patches/apply.mjs', import.meta.url);
	// Throws (exit 1) when an installed package lacks its patch.
	execFileSync(process.execPath, [script.pathname, '--check'], {stdio: 'pipe'});
	assert.deepEqual(
		patches.map((patch) => patch.name),
		['ink-shared-output-cache', 'string-width-memo', 'ink-line-suffix', 'ink-row-cache', 'ink-squash-memo', 'ink-fit-memo'],
	);
	for (const patch of patches) {
		const text = readFileSync(patchTarget(patch), 'utf8');
		assert.ok(text.includes(patch.marker), patch.name);
		assert.equal(applyEdits(text, patch), text, `applying ${patch.name} again changes nothing`);
	}
});

test('every frame of the patched Ink shares one cache', async () => {
	const {default: Output} = (await import(pathToFileURL(patchTarget(inkSharedOutputCache)).href)) as {
		default: new (options: {width: number; height: number}) => {caches: unknown};
	};
	assert.equal(new Output({width: 1, height: 1}).caches, new Output({width: 1, height: 1}).caches);
	flags[flag] = true;
	assert.notEqual(new Output({width: 1, height: 1}).caches, new Output({width: 1, height: 1}).caches, 'the switch back to per-frame caches works');
});

test('string-width answers from its memo only for calls without options', async () => {
	const {default: stringWidth} = (await import('string-width')) as {default: (text: string, options?: {ambiguousIsNarrow?: boolean}) => number};
	assert.equal(stringWidth('数据库 🚀 x'), 11);
	assert.equal(stringWidth('数据库 🚀 x'), 11, 'remembered');
	assert.equal(stringWidth('±'), 1);
	assert.equal(stringWidth('±', {ambiguousIsNarrow: false}), 2, 'options bypass the memo');
});

test('an edit whose code has moved fails loudly, naming the patch', () => {
	for (const patch of patches) {
		const installed = readFileSync(patchTarget(patch), 'utf8');
		const pristine = patch.edits.reduce((text, edit) => text.replace(edit.replace, edit.find), installed);
		assert.ok(!pristine.includes(patch.marker), `${patch.name}: the edits reverse cleanly`);
		assert.equal(applyEdits(pristine, patch), installed);
		const moved = patch.edits.reduce((text, edit) => text.replace(edit.find, `${edit.find.slice(0, 20)} /* moved */ ${edit.find.slice(20)}`), pristine);
		assert.throws(() => applyEdits(moved, patch), new RegExp(patch.name));
	}
});

/** Every frame the TUI draws (colour, whole frames as Ink's debug mode writes them) over polls, keys and a resize. */
async function session(): Promise<string> {
	const store = cutoverStore();
	const screen = renderScreen(store, {columns: 160, rows: 40, ui: {color: true}});
	try {
		await settle();
		const wide = ['数据库-01 根磁盘', 'web 🚀 front', 'naïve café ﬁle', 'ＦＵＬＬ　ＷＩＤＴＨ'];
		for (let step = 0; step < 12; step++) {
			store
				.getState()
				.pollSucceeded(
					keyOf.snapshot,
					[
						...wide.map((description, i) => snapshot(`import-snap-0${i}a1b2c3d4e5f6a7b8`, {description, progress: (step * 9 + i * 13) % 100})),
						failed('import-snap-1a2b3c4d5e6f7a8b9', {description: 'batch-01 root disk', message: 'ClientError: 不支持的内核版本'}),
						completed('import-snap-2b3c4d5e6f7a8b9c0', {description: 'ldap-01 root disk'}),
					],
					t0 + step * minute,
				);
			screen.clock.advance(minute);
			await settle();
			if (step === 4) await screen.press('\t', 'j', 'j');
			if (step === 7) screen.stdout.resize(120, 30);
		}
		return screen.stdout.frames.join('');
	} finally {
		screen.unmount();
	}
}

test('the patched screen is byte-identical to per-frame caches', async () => {
	flags[flag] = true;
	const unpatched = await session();
	delete flags[flag];
	const patched = await session();
	assert.ok(unpatched.length > 10_000, `the run drew something (${unpatched.length} chars)`);
	assert.equal(patched, unpatched);
});
