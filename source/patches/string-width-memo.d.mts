// Types for string-width-memo.mjs.
import type {Patch} from './ink-shared-output-cache.mjs';

export declare const stringWidthMemo: Patch;
