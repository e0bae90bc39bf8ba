// The patch that keeps Ink's output caches across frames (source/patches/): it must be applied to the Ink
// cutwatch loads (npm's postinstall does it; after an Ink upgrade that moves the code, this is what fails),
// and the screen it draws must be byte for byte the screen unpatched Ink draws.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {afterEach, test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {applyEdits, patchTarget} from '../../source/patches/apply.mjs';
import {freshCachesFlag, inkSharedOutputCache} from '../../source/patches/ink-shared-output-cache.mjs';
import {completed, cutoverStore, failed, keyOf, minute, snapshot, t0} from '../ui/fixtures.js';
import {renderScreen, settle} from '../ui/render-screen.js';

const flag = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
afterEach(() => {
	delete flags[flag];
});

test('the patch is applied to the Ink that cutwatch loads (npm ci runs it as postinstall)', () => {
	const script = new URL('../../source/patches/apply.mjs', import.meta.url);
	// Throws (exit 1) when the installed Ink lacks the patch.
	execFileSync(process.execPath, [script.pathname, '--check'], {stdio: 'pipe'});
	const file = patchTarget(inkSharedOutputCache);
	const text = readFileSync(file, 'utf8');
	assert.equal(applyEdits(text, inkSharedOutputCache), text, 'applying again changes nothing');
});

test('every frame of the patched Ink shares one cache', async () => {
	const {default: Output} = (await import(pathToFileURL(patchTarget(inkSharedOutputCache)).href)) as {
		default: new (options: {width: number; height: number}) => {caches: unknown};
	};
	assert.equal(new Output({width: 1, height: 1}).caches, new Output({width: 1, height: 1}).caches);
	flags[flag] = true;
	assert.notEqual(new Output({width: 1, height: 1}).caches, new Output({width: 1, height: 1}).caches, 'the switch back to per-frame caches works');
});

test('an edit whose code has moved fails loudly, naming the patch', () => {
	const pristine = inkSharedOutputCache.edits.reduce((text, edit) => text.replace(edit.replace, edit.find), readFileSync(patchTarget(inkSharedOutputCache), 'utf8'));
	assert.ok(!pristine.includes(inkSharedOutputCache.marker), 'the edits reverse cleanly');
	assert.ok(applyEdits(pristine, inkSharedOutputCache).includes(inkSharedOutputCache.marker));
	assert.throws(() => applyEdits(pristine.replace('caches = new OutputCaches();', 'caches = makeCaches();'), inkSharedOutputCache), /ink-shared-output-cache/);
});

/** Every frame the TUI draws (colour, whole frames as Ink's debug mode writes them) over polls, keys and a resize. */
async function session(): Promise<string> {
	const store = cutoverStore();
	const screen = renderScreen(store, {columns: 160, rows: 40, ui: {color: true}});
	try {
		await settle();
		const wide = ['数据库-01 根磁盘', 'web 🚀 front', 'naïve café ﬁle', 'ＦＵＬＬ　ＷＩＤＴＨ'];
		for (let step = 0; step < 12; step++) {
			store.getState().pollSucceeded(
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
