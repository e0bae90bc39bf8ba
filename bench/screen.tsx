// The screen benchmarks in a process of their own (started by bench/run.ts), with React's production build as
// the CLI runs it (source/production-env.ts). Prints one JSON line, a ScreenReport.
// Run alone: NODE_ENV=production node --expose-gc --import tsx bench/screen.tsx [--runs N]
import process from 'node:process';
import {measureBytes, type BytesResult} from './bytes.js';
import {measureFrames, type FrameResult} from './frame.js';
import {freshCachesFlag} from '../source/patches/ink-shared-output-cache.mjs';

export const frameSizes = [100, 10_000, 50_000] as const;

export type ScreenReport = {
	frames: FrameResult[];
	/** The same frames with Ink's per-frame output caches (Ink as published, without source/patches). */
	unpatchedFrames: FrameResult[];
	/** 50,000 tasks, the change arriving with a full listing (every 5 minutes under two-tier polling). */
	fullListingFrame: FrameResult;
	bytes: BytesResult[];
	react: 'production' | 'development';
};

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});

// JIT warm-up on a small screen, so the first measured size is not billed for compiling the renderer.
await measureFrames(frameSizes[0], 5);

const fresh = Symbol.for(freshCachesFlag);
const flags = globalThis as Record<symbol, unknown>;
const frames: FrameResult[] = [];
const unpatchedFrames: FrameResult[] = [];
for (const size of frameSizes) {
	gc();
	flags[fresh] = true;
	unpatchedFrames.push(await measureFrames(size, runs));
	delete flags[fresh];
	gc();
	frames.push(await measureFrames(size, runs));
}

gc();
const fullListingFrame = await measureFrames(frameSizes.at(-1)!, runs, 'full');

const bytes: BytesResult[] = [];
for (let run = 0; run < 3; run++) bytes.push(await measureBytes());

const report: ScreenReport = {frames, unpatchedFrames, fullListingFrame, bytes, react: process.env['NODE_ENV'] === 'production' ? 'production' : 'development'};
process.stdout.write(`${JSON.stringify(report)}\n`);
