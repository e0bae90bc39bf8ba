// Types for apply.mjs (plain JavaScript so that npm's prepare script runs it before anything is built).
import type {Patch} from './ink-shared-output-cache.mjs';

export declare const patches: readonly Patch[];
export declare function applyEdits(text: string, patch: Patch): string;
export declare function patchTarget(patch: Patch): string;
