// Runs bench/fleet.ts with 50 profiles in a throwaway credentials file (the simulator's dummy keys for each),
// against the demo cutover served by a simulator in its own process.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {demoCredentials} from '../source/simulator/index.js';
import {runChild} from './child.js';
import {simulatorEnv, withSimulatorProcess} from './simulator-process.js';

export const fleetProfiles = 50;
export const fleetRegions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];

export type FleetResult = {
	minutes: number;
	sources: number;
	cpuSeconds: number;
	requests: number;
	rssMb: number;
	maxInFlightPerSource: number;
	maxInFlight: number;
	maxPollsPerSourcePerMinute: number;
	failing: number;
};

export async function measureFleet(cli: string, minutes: number): Promise<FleetResult> {
	const directory = mkdtempSync(join(tmpdir(), 'cutwatch-bench-fleet-'));
	const credentials = join(directory, 'credentials');
	const profiles = Array.from(
		{length: fleetProfiles},
		(_, i) => `[fleet-${i + 1}]\naws_access_key_id = ${demoCredentials.accessKeyId}\naws_secret_access_key = ${demoCredentials.secretAccessKey}\n`,
	);
	writeFileSync(credentials, profiles.join('\n'), {mode: 0o600});
	try {
		return await withSimulatorProcess(cli, [], (endpoint) => {
			const env: NodeJS.ProcessEnv = {...simulatorEnv(process.env), AWS_SHARED_CREDENTIALS_FILE: credentials};
			delete env['AWS_ACCESS_KEY_ID'];
			delete env['AWS_SECRET_ACCESS_KEY'];
			return runChild<FleetResult>('./fleet.ts', [endpoint, '--minutes', String(minutes)], env);
		});
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}
