// Application Discovery Service answers in seven regions only.
export const discoveryRegions: ReadonlySet<string> = new Set([
	'us-east-1',
	'us-west-2',
	'ap-southeast-2',
	'ap-northeast-1',
	'eu-central-1',
	'eu-west-1',
	'eu-west-2',
]);

/** What to do when Discovery was asked for in a region it does not serve (real AWS: no endpoint at all). */
export const discoveryRegionHint = 'pass --discovery-region with your Migration Hub home region (e.g. us-west-2)';
