// Types for ink-row-cache.mjs.
import type {Patch} from './ink-shared-output-cache.mjs';

export declare const inkRowCache: Patch;
