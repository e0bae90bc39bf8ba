// The screen benchmarks in a process of their own (started by bench/run.ts), with React's production build as
// the CLI runs it (source/production-env.ts). Prints one JSON line, a ScreenReport.
// Run alone: NODE_ENV=production node --expose-gc --import tsx bench/screen.tsx [--runs N]
import process from 'node:process';
import {measureBytes, type BytesResult} from './bytes.js';
import {measureFrames, type FrameResult} from './frame.js';

export const frameSizes = [100, 10_000, 50_000] as const;

export type ScreenReport = {frames: FrameResult[]; bytes: BytesResult[]; react: 'production' | 'development'};

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;
const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});

// JIT warm-up on a small screen, so the first measured size is not billed for compiling the renderer.
await measureFrames(frameSizes[0], 5);

const frames: FrameResult[] = [];
for (const size of frameSizes) {
	gc();
	frames.push(await measureFrames(size, runs));
}

const bytes: BytesResult[] = [];
for (let run = 0; run < 3; run++) bytes.push(await measureBytes());

const report: ScreenReport = {frames, bytes, react: process.env['NODE_ENV'] === 'production' ? 'production' : 'development'};
process.stdout.write(`${JSON.stringify(report)}\n`);
