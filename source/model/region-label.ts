// Short region labels for narrow places (a row, a title): us-east-1 → use1, eu-west-1 → euw1,
// ap-southeast-2 → apse2, us-gov-west-1 → usgw1. UI-independent, so the TUI and the line outputs share it.

const directions: Record<string, string> = {
	east: 'e',
	west: 'w',
	north: 'n',
	south: 's',
	central: 'c',
	northeast: 'ne',
	northwest: 'nw',
	southeast: 'se',
	southwest: 'sw',
	gov: 'g',
	iso: 'i',
	isob: 'ib',
	isoe: 'ie',
	isof: 'if',
};

/** The compact label of one region; a name that is not region-shaped is returned as it is. */
export function compactRegion(region: string): string {
	const parts = region.split('-');
	const number = parts.at(-1) ?? '';
	if (parts.length < 3 || !/^\d+$/.test(number)) return region;
	const middle = parts.slice(1, -1).map((part) => directions[part] ?? part.charAt(0));
	return `${parts[0]}${middle.join('')}${number}`;
}

/**
 * Labels for a set of watched regions: compact when they stay distinct, else the full names (never two
 * regions under one label).
 */
export function regionLabels(regions: readonly string[]): ReadonlyMap<string, string> {
	const unique = [...new Set(regions)];
	const compact = unique.map((region) => compactRegion(region));
	const distinct = new Set(compact).size === unique.length;
	return new Map(unique.map((region, i) => [region, distinct ? compact[i]! : region]));
}

/** The full name when it fits in `width` columns (or no width is given), else the compact form. */
export function regionLabel(region: string, width?: number): string {
	return width === undefined || region.length <= width ? region : compactRegion(region);
}
