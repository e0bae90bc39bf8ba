// Endpoint resolution with the same precedence as SDK v3: explicit `endpoint` config, then the
// service-specific env variable, then the global one (both skipped when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
// is true), then the regional default. Profile `endpoint_url` keys are not read.

/** serviceId "Application Discovery Service", upper-cased with spaces as underscores, as the SDK builds it. */
export const serviceEndpointEnv = 'AWS_ENDPOINT_URL_APPLICATION_DISCOVERY_SERVICE';

export function resolveEndpoint(region: string, endpoint: string | URL | undefined, env: NodeJS.ProcessEnv = process.env): URL {
	if (endpoint !== undefined) return parseEndpoint(endpoint, 'endpoint');
	if (!ignoreConfiguredEndpoints(env)) {
		for (const name of [serviceEndpointEnv, 'AWS_ENDPOINT_URL']) {
			const value = env[name];
			if (value) return parseEndpoint(value, name);
		}
	}
	return new URL(`https://discovery.${region}.amazonaws.com`);
}

function ignoreConfiguredEndpoints(env: NodeJS.ProcessEnv): boolean {
	const value = env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS']?.trim().toLowerCase();
	return value !== undefined && value !== '' && value !== 'false';
}

function parseEndpoint(value: string | URL, source: string): URL {
	try {
		return new URL(value);
	} catch {
		throw new Error(`DiscoveryClient: ${source} is not a valid URL: ${String(value)}`);
	}
}
