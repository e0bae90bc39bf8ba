// The usual alternative, for comparison: a shell loop calling the AWS CLI. Measures one
// `aws ec2 describe-import-snapshot-tasks` process against the simulator (so no account is needed) with
// /usr/bin/time -v: CPU seconds (user + system, children included) and maximum resident memory.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import process from 'node:process';
import {simulatorEnv} from './simulator-process.js';
import {summarize, type Stat} from './stats.js';

export type AwsCliResult = {cpuSeconds: Stat; maxRssMb: Stat; command: string; version: string};

/** The `aws` executable, or undefined when there is none to compare with. A pyenv shim is resolved to the real CLI. */
export function findAwsCli(): string | undefined {
	if (!existsSync('/usr/bin/time')) return undefined;
	const found = spawnSync('sh', ['-c', 'command -v aws'], {encoding: 'utf8'}).stdout.trim();
	if (found === '') return undefined;
	if (found.includes('/.pyenv/shims/')) {
		const real = spawnSync('pyenv', ['which', 'aws'], {encoding: 'utf8'});
		if (real.status === 0 && real.stdout.trim() !== '') return real.stdout.trim();
	}
	return found;
}

export async function measureAwsCli(aws: string, endpoint: string, runs: number): Promise<AwsCliResult> {
	const env = simulatorEnv(process.env);
	const version = spawnSync(aws, ['--version'], {encoding: 'utf8', env});
	const cpu: number[] = [];
	const rss: number[] = [];
	const args = ['ec2', 'describe-import-snapshot-tasks', '--endpoint-url', endpoint, '--region', 'us-east-1', '--output', 'json'];
	for (let run = 0; run < runs; run++) {
		const child = spawn('/usr/bin/time', ['-v', aws, ...args], {stdio: ['ignore', 'ignore', 'pipe'], env});
		let report = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => (report += chunk));
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1]);
		const user = field('User time \\(seconds\\)');
		const system = field('System time \\(seconds\\)');
		const maxKb = field('Maximum resident set size \\(kbytes\\)');
		if (code !== 0 || ![user, system, maxKb].every(Number.isFinite)) throw new Error(`aws failed (exit ${code}):\n${report.slice(-1500)}`);
		cpu.push(user + system);
		rss.push(maxKb / 1024);
	}
	return {
		cpuSeconds: summarize(cpu),
		maxRssMb: summarize(rss),
		command: `aws ${args.slice(0, 2).join(' ')}`,
		version: (version.stdout || version.stderr).trim().split(' ')[0] ?? 'aws',
	};
}
