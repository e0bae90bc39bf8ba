// Credentials: a static identity, a caller's provider, or the standard Node chain (env, SSO, web identity,
// shared profiles, process, container and instance roles). Providers are memoised but re-called once the
// identity is within the SDK's 5-minute expiry window, so a process that runs for days keeps working across
// SSO and assumed-role rotation instead of signing with dead keys.
import {defaultProvider} from '@aws-sdk/credential-provider-node';
import type {AwsCredentialIdentity, AwsCredentialIdentityProvider} from '@smithy/types';

export type CredentialsInput = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Same window SDK v3 uses before `expiration` to treat credentials as expired. */
export const credentialExpiryWindowMs = 5 * 60_000;

export function resolveCredentials(
	credentials: CredentialsInput | undefined,
	client: {region: string; profile?: string | undefined},
	now: () => number = Date.now,
): AwsCredentialIdentityProvider {
	const source = credentials ?? defaultProvider(client.profile === undefined ? {} : {profile: client.profile});
	if (typeof source !== 'function') {
		return async () => source;
	}
	// What SDK clients pass their provider: e.g. an assume-role profile without a region calls STS in ours.
	const identityProperties = {callerClientConfig: {region: async () => client.region, profile: client.profile}};
	return memoiseUntilExpiry(() => source(identityProperties), now);
}

function memoiseUntilExpiry(provider: () => Promise<AwsCredentialIdentity>, now: () => number): AwsCredentialIdentityProvider {
	let current: AwsCredentialIdentity | undefined;
	// Concurrent sends share one in-flight resolution rather than each hitting SSO/STS.
	let pending: Promise<AwsCredentialIdentity> | undefined;
	return async () => {
		if (current && !expiresSoon(current, now())) return current;
		pending ??= provider()
			.then((identity) => {
				current = identity;
				return identity;
			})
			.finally(() => {
				pending = undefined;
			});
		return pending;
	};
}

function expiresSoon(identity: AwsCredentialIdentity, now: number): boolean {
	return identity.expiration !== undefined && identity.expiration.getTime() - now <= credentialExpiryWindowMs;
}
