// Opaque NextToken values. A token names a position in the scenario's fixed task order plus a check value bound to
// the scenario and the listing it came from, so a token from another run, operation or id list is rejected.
import {hash32} from '../scenario/random.js';

export function encodePageToken(scope: string, index: number, fingerprint: number): string {
	const body = `${scope}|${index}`;
	return Buffer.from(`v1|${body}|${hash32(body, fingerprint).toString(36)}`).toString('base64');
}

/** The position, or undefined when the token is not one this scenario issued for this scope. */
export function decodePageToken(token: string, scope: string, fingerprint: number): number | undefined {
	const text = Buffer.from(token, 'base64').toString('utf8');
	const match = /^v1\|(.*)\|(\d+)\|([0-9a-z]+)$/.exec(text);
	if (!match || match[1] !== scope) return undefined;
	const index = Number(match[2]);
	return hash32(`${scope}|${index}`, fingerprint).toString(36) === match[3] ? index : undefined;
}
