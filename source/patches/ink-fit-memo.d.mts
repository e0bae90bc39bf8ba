// Types for ink-fit-memo.mjs.
import type {Patch} from './ink-shared-output-cache.mjs';

export declare const inkFitMemo: Patch;
