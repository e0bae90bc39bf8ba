// Types for ink-shared-output-cache.mjs.
export type Patch = {
	readonly name: string;
	readonly packageName: string;
	readonly file: string;
	readonly marker: string;
	readonly edits: ReadonlyArray<{readonly find: string; readonly replace: string}>;
};

export declare const freshCachesFlag: string;
export declare const inkSharedOutputCache: Patch;
