// `cutwatch simulate` in a process of its own, so its CPU is never counted as cutwatch's.
import {spawn} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import process from 'node:process';
import {demoCredentials, type ScenarioFile} from '../source/simulator/index.js';

export type SimulatorProcess = {endpoint: string; stop(): void};

export async function startSimulatorProcess(cli: string, args: readonly string[] = []): Promise<SimulatorProcess> {
	const child = spawn(process.execPath, [cli, 'simulate', '--port', '0', ...args], {stdio: ['ignore', 'pipe', 'inherit']});
	const lines = createInterface({input: child.stdout});
	const first: string = await new Promise((resolve, reject) => {
		lines.once('line', resolve);
		child.once('exit', (code) => reject(new Error(`simulator exited (${code}) before printing its endpoint`)));
	});
	// Keep reading so the simulator never blocks on a full pipe.
	lines.on('line', () => {});
	const endpoint = /^endpoint (\S+)$/.exec(first)?.[1];
	if (endpoint === undefined) {
		child.kill('SIGTERM');
		throw new Error(`unexpected first simulator line: ${first}`);
	}
	return {endpoint, stop: () => void child.kill('SIGTERM')};
}

/** Runs `use` against a simulator process started with `args`, and stops it after, whatever happens. */
export async function withSimulatorProcess<T>(cli: string, args: readonly string[], use: (endpoint: string) => Promise<T>): Promise<T> {
	const simulator = await startSimulatorProcess(cli, args);
	try {
		return await use(simulator.endpoint);
	} finally {
		simulator.stop();
	}
}

/** Writes `scenario` to a temporary file for `simulate --scenario`, runs `use` with its path, then removes it. */
export async function withScenarioFile<T>(name: string, scenario: ScenarioFile, use: (file: string) => Promise<T>): Promise<T> {
	const file = join(tmpdir(), `cutwatch-bench-${name}-${process.pid}.json`);
	writeFileSync(file, JSON.stringify(scenario));
	try {
		return await use(file);
	} finally {
		rmSync(file, {force: true});
	}
}

/** Dummy keys the simulator accepts; with no config or credentials files, no real AWS setting is read. */
export const simulatorCredentials: NodeJS.ProcessEnv = {
	AWS_ACCESS_KEY_ID: demoCredentials.accessKeyId,
	AWS_SECRET_ACCESS_KEY: demoCredentials.secretAccessKey,
	AWS_CONFIG_FILE: '/nonexistent/config',
	AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
	AWS_EC2_METADATA_DISABLED: 'true',
};

/** `env` without any AWS setting of the caller's, plus the simulator's keys. */
export function simulatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('AWS_')));
	return {...clean, ...simulatorCredentials};
}

/** Requests the simulator has answered so far, all operations together. */
export async function requestCount(endpoint: string): Promise<number> {
	const response = await fetch(`${endpoint}/__simulator/counts`);
	const body = (await response.json()) as {counts: Record<string, number>};
	return Object.values(body.counts).reduce((sum, count) => sum + count, 0);
}
