// With no --region, use the region the SDK itself would: AWS_REGION, AWS_DEFAULT_REGION... then the profile's.
import {EC2Client} from '@aws-sdk/client-ec2';
import {namedProfile, profileExists, sharedFilePaths} from '../aws/credential-problems.js';
import {UsageError, exitCodes} from '../config/usage-error.js';

export async function resolveDefaultRegion(profile: string | undefined): Promise<string> {
	const client = new EC2Client({profile});
	try {
		const region = await client.config.region();
		if (region) return region;
	} catch {
		// "Region is missing": reported below with what to set.
	} finally {
		client.destroy();
	}
	// A profile that does not exist has no region either: say the first thing to fix.
	const named = namedProfile(profile);
	const files = sharedFilePaths();
	if (named && !(await profileExists(named.name, files))) {
		throw new UsageError(
			`no profile "${named.name}"${named.fromEnv ? ' (from AWS_PROFILE)' : ''} in ${files.config} or ${files.credentials}: ` +
				`create it with aws configure --profile ${named.name} (access keys) or aws configure sso --profile ${named.name}; or check the name`,
			exitCodes.awsConfig,
		);
	}
	throw new UsageError(
		`no AWS region configured${profile ? ` for profile ${profile}` : ''}: pass --region (e.g. --region us-east-1) or set AWS_REGION; or try cutwatch --demo`,
		exitCodes.awsConfig,
	);
}
