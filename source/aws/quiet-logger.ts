// The SDK's logger middleware builds a sensitive-data-filtered copy of every request and response whenever
// the logger has an info() method, and the default NoOpLogger has one, so every page of 100 tasks is copied
// to be thrown away (about 4 % of a poll's CPU). cutwatch never logs SDK traffic: this logger has no info().
import type {Logger} from '@smithy/types';

const ignore = () => {};

// Logger declares info() as required; the middleware calls it as logger?.info?.(), so leaving it out is safe.
export const quietLogger = {trace: ignore, debug: ignore, warn: ignore, error: ignore} as unknown as Logger;
