// What --check found for one source (account × region × operation).
import type {ClassifiedError} from '../poller/classify-error.js';
import type {TaskKind} from '../model/task.js';

/** allowed: AWS would run the call; denied: IAM refuses it; error: could not tell (credentials, network, config). */
export type CheckOutcome = 'allowed' | 'denied' | 'error';

export type CheckResult = {
	kind: TaskKind;
	/** Account label as the other outputs show it: account id, profile, "demo" or "default". */
	account: string;
	region: string;
	/** e.g. ec2:DescribeStoreImageTasks */
	iamAction: string;
	outcome: CheckOutcome;
	/** Why it is not allowed; the hint is worded for a one-shot check (nothing is retried). */
	problem?: ClassifiedError | undefined;
};
