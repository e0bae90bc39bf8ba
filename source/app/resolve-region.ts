// With no --region, use the region the SDK itself would: AWS_REGION, AWS_DEFAULT_REGION... then the profile's.
import {EC2Client} from '@aws-sdk/client-ec2';
import {UsageError, exitCodes} from '../cli/usage-error.js';

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
	throw new UsageError(
		`no AWS region configured${profile ? ` for profile ${profile}` : ''}: pass --region (e.g. --region us-east-1) or set AWS_REGION; or try cutwatch --demo`,
		exitCodes.awsConfig,
	);
}
