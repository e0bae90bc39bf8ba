// When the standard credential chain finds nothing, the SDK says only "Could not load credentials from any
// providers", whether the profile does not exist, exists without credentials, or nothing is configured at all.
// cutwatch says which, where the chain looked, and (in classify-error) the command that fixes it. In every case
// here nothing was sent to AWS: the request is signed before it leaves, and there was nothing to sign with.
import {getHomeDir, loadSharedConfigFiles} from '@smithy/core/config';
import type {AwsCredentialIdentity, AwsCredentialIdentityProvider} from '@smithy/types';
import {join} from 'node:path';

export type SharedFiles = {config: string; credentials: string};

/** Where the SDK reads its shared files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/). */
export function sharedFilePaths(env: NodeJS.ProcessEnv = process.env): SharedFiles {
	const expand = (path: string) => (path.startsWith('~/') ? join(getHomeDir(), path.slice(2)) : path);
	return {
		config: expand(env['AWS_CONFIG_FILE'] || join(getHomeDir(), '.aws', 'config')),
		credentials: expand(env['AWS_SHARED_CREDENTIALS_FILE'] || join(getHomeDir(), '.aws', 'credentials')),
	};
}

/** The profile the chain reads: --profile, else AWS_PROFILE; undefined for the implicit default. */
export function namedProfile(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): {name: string; fromEnv: boolean} | undefined {
	if (profile) return {name: profile, fromEnv: false};
	const fromEnv = env['AWS_PROFILE'];
	return fromEnv ? {name: fromEnv, fromEnv: true} : undefined;
}

/** Is `name` a profile in either shared file (read afresh: the user may have just created it)? */
export async function profileExists(name: string, files: SharedFiles = sharedFilePaths()): Promise<boolean> {
	try {
		const {configFile, credentialsFile} = await loadSharedConfigFiles({configFilepath: files.config, filepath: files.credentials, ignoreCache: true});
		return Object.hasOwn(configFile, name) || Object.hasOwn(credentialsFile, name);
	} catch {
		// An unreadable or invalid file: let the SDK's own error stand rather than claim the profile is missing.
		return true;
	}
}

export class ProfileNotFoundError extends Error {
	override name = 'ProfileNotFound';
	constructor(
		readonly profile: string,
		readonly files: SharedFiles,
		fromEnv: boolean,
	) {
		super(`no profile "${profile}"${fromEnv ? ' (from AWS_PROFILE)' : ''} in ${files.config} or ${files.credentials}`);
	}
}

export class NoCredentialsError extends Error {
	override name = 'NoCredentials';
	constructor(
		readonly profile: string | undefined,
		files: SharedFiles,
		env: NodeJS.ProcessEnv = process.env,
	) {
		const roles = /^true$/i.test(env['AWS_EC2_METADATA_DISABLED'] ?? '')
			? 'SSO, web identity and container roles; instance metadata is turned off'
			: 'SSO, web identity, container roles and instance metadata';
		const places = `${files.config}, ${files.credentials}, ${roles}`;
		super(
			profile === undefined
				? `no AWS credentials found (looked in AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ${places}; nothing was sent to AWS)`
				: `profile ${profile} has no usable credentials (looked in ${places}; nothing was sent to AWS)`,
		);
	}
}

/** The SDK chain's last word when every provider passed. */
const nothingFound = /Could not load credentials from any providers/;

/** Wraps the chain so that "found nothing" becomes ProfileNotFoundError or NoCredentialsError. */
export function explainingCredentials(provider: AwsCredentialIdentityProvider, profile: string | undefined): AwsCredentialIdentityProvider {
	return async (...args: Parameters<AwsCredentialIdentityProvider>): Promise<AwsCredentialIdentity> => {
		try {
			return await provider(...args);
		} catch (error) {
			if (!(error instanceof Error) || !nothingFound.test(error.message)) throw error;
			const named = namedProfile(profile);
			const files = sharedFilePaths();
			if (named && !(await profileExists(named.name, files))) throw new ProfileNotFoundError(named.name, files, named.fromEnv);
			throw new NoCredentialsError(named?.name, files);
		}
	};
}
