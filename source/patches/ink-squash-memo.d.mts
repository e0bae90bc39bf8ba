// Types for ink-squash-memo.mjs.
import type {Patch} from './ink-shared-output-cache.mjs';

export declare const inkSquashMemo: Patch;
