// Region names for narrow columns: "us-east-1" → "use1", "ap-southeast-2" → "apse2", the short form AWS
// engineers already read in dashboards and resource names. The full name is used wherever it fits.

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
};

/** "eu-west-1" → "euw1", "us-gov-west-1" → "usgw1"; a name of another shape is returned unchanged. */
export function compactRegion(region: string): string {
	const match = /^([a-z]{2})((?:-[a-z]+)*?)-([a-z]+)-(\d+)$/.exec(region);
	if (!match) return region;
	const [, area, partition = '', direction = '', number = ''] = match;
	const short = directions[direction];
	if (short === undefined) return region;
	const middle = partition
		.split('-')
		.filter(Boolean)
		.map((part) => part[0])
		.join('');
	return `${area}${middle}${short}${number}`;
}

/** The full name when it fits in `width` columns (or no width is given), else the compact form. */
export function regionLabel(region: string, width?: number): string {
	return width === undefined || region.length <= width ? region : compactRegion(region);
}
