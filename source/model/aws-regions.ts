// The AWS regions cutwatch knows, by partition (the SDK's own partition table, @aws-sdk/core 3.9x), so that a
// typo such as us-east-7 is refused with the nearest real name instead of failing later as a DNS error.
export const awsRegions: readonly string[] = [
	// aws
	'af-south-1',
	'ap-east-1',
	'ap-east-2',
	'ap-northeast-1',
	'ap-northeast-2',
	'ap-northeast-3',
	'ap-south-1',
	'ap-south-2',
	'ap-southeast-1',
	'ap-southeast-2',
	'ap-southeast-3',
	'ap-southeast-4',
	'ap-southeast-5',
	'ap-southeast-6',
	'ap-southeast-7',
	'ca-central-1',
	'ca-west-1',
	'eu-central-1',
	'eu-central-2',
	'eu-north-1',
	'eu-south-1',
	'eu-south-2',
	'eu-west-1',
	'eu-west-2',
	'eu-west-3',
	'il-central-1',
	'me-central-1',
	'me-south-1',
	'me-west-1',
	'mx-central-1',
	'sa-east-1',
	'sa-west-1',
	'us-east-1',
	'us-east-2',
	'us-west-1',
	'us-west-2',
	// aws-cn, aws-us-gov, aws-eusc and the isolated partitions
	'cn-north-1',
	'cn-northwest-1',
	'us-gov-east-1',
	'us-gov-west-1',
	'eusc-de-east-1',
	'us-iso-east-1',
	'us-iso-west-1',
	'us-isob-east-1',
	'us-isob-west-1',
	'eu-isoe-west-1',
	'us-isof-east-1',
	'us-isof-south-1',
];

const known: ReadonlySet<string> = new Set(awsRegions);

/** The shape every partition's region names share: geography, optional partition marker, direction, number. */
export const regionShape = /^[a-z]{2,4}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

export function isKnownRegion(region: string): boolean {
	return known.has(region);
}

/** The known region closest to a mistyped one (edit distance, at most 3), or undefined. */
export function nearestRegion(region: string): string | undefined {
	let best: string | undefined;
	let bestDistance = 4;
	for (const candidate of awsRegions) {
		const distance = editDistance(region, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
		}
		previous = row;
	}
	return previous[b.length]!;
}
