// --check: a permission preflight. One read-only probe per selected source (EC2 DryRun, a one-record Discovery
// call), a table of what is allowed, the IAM policy that grants what is missing, exit 0 only if all is allowed.
import type {Session} from '../session/session.js';
import {exitCodes} from '../config/usage-error.js';
import {classifyError, type ClassifiedError} from '../poller/classify-error.js';
import {defaultAttemptDeadlineMs, withDeadline} from '../poller/deadline.js';
import type {PollTarget} from '../poller/poller.js';
import {createSemaphore, defaultConcurrency} from '../poller/semaphore.js';
import {realTimers, type Timers} from '../poller/timers.js';
import type {CheckResult} from './check-result.js';
import {checkReport} from './check-report.js';
import type {Io} from './io.js';
import {oneShotHint} from './one-shot-hint.js';

export type CheckOptions = {
	/** Requests in flight at once; the poller's own limit by default, to be as polite as monitoring is. */
	concurrency?: number;
	/** Aborts every probe still running (Ctrl-C). */
	signal?: AbortSignal;
	/** How long one probe may wait for its answer: the poller's attempt deadline (20 s) unless a test says less. */
	attemptDeadlineMs?: number;
	timers?: Timers;
};

function checkHint(problem: ClassifiedError): ClassifiedError {
	return {...problem, hint: oneShotHint(problem.hint, '--check')};
}

async function checkTarget(target: PollTarget, options: CheckOptions): Promise<Pick<CheckResult, 'outcome' | 'problem'>> {
	if (target.blocked) return {outcome: 'error', problem: target.blocked};
	if (!target.probe) {
		return {
			outcome: 'error',
			problem: {
				code: 'NotCheckable',
				message: 'this source has no permission probe',
				hint: 'a bug in cutwatch: please report it',
				errorClass: 'config',
				throttled: false,
				needsAction: true,
				local: true,
			},
		};
	}
	const probe = target.probe.bind(target);
	try {
		// A hung endpoint fails the check as a poll would fail, at the same deadline, whatever the sockets do.
		await withDeadline(probe, {
			timers: options.timers ?? realTimers,
			deadlineMs: options.attemptDeadlineMs ?? defaultAttemptDeadlineMs,
			stop: options.signal ?? new AbortController().signal,
		});
		return {outcome: 'allowed'};
	} catch (error) {
		const problem = classifyError(error, {iamAction: target.iamAction, region: target.scope.region, profile: target.scope.profile});
		return {outcome: problem.errorClass === 'denied' ? 'denied' : 'error', problem: checkHint(problem)};
	}
}

/** Probes every target with bounded concurrency; results come back in the targets' order. */
export async function checkTargets(targets: readonly PollTarget[], options: CheckOptions = {}): Promise<CheckResult[]> {
	const semaphore = createSemaphore(options.concurrency ?? defaultConcurrency);
	return Promise.all(
		targets.map(async (target): Promise<CheckResult> => {
			const release = target.blocked ? () => {} : await semaphore.acquire();
			try {
				const found = await checkTarget(target, options);
				return {
					kind: target.kind,
					account: target.scope.account ?? target.scope.profile ?? 'default',
					region: target.scope.region,
					iamAction: target.iamAction,
					...found,
				};
			} finally {
				release();
			}
		}),
	);
}

/** Prints the check report on stdout; 0 when every permission is allowed, 3 (AWS access/config) otherwise. */
export async function runCheck(session: Pick<Session, 'targets'>, io: Io, options: CheckOptions = {}): Promise<number> {
	const results = await checkTargets(session.targets, options);
	// Interrupted: the probes it cut short say nothing about permissions, so no table (the caller says why).
	if (options.signal?.aborted) return exitCodes.awsConfig;
	io.stdout.write(checkReport(results));
	return results.every((result) => result.outcome === 'allowed') ? exitCodes.ok : exitCodes.awsConfig;
}
