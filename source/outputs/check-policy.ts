// The IAM policy --check prints when something is denied: exactly the missing actions, ready to paste as an
// inline policy (or to merge into an existing statement). Describe* actions support no resource-level
// permissions, hence Resource "*".
import {taskKinds} from '../model/task.js';
import {sourceInfo} from '../sources/index.js';

export type PolicyDocument = {
	Version: '2012-10-17';
	Statement: Array<{Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*'}>;
};

/** The canonical order (as in the README's policy), so the same gaps always print the same policy. */
const actionOrder = taskKinds.map((kind) => sourceInfo[kind].iamAction);

export function sortActions(actions: Iterable<string>): string[] {
	const rank = (action: string) => {
		const index = actionOrder.indexOf(action);
		return index === -1 ? actionOrder.length : index;
	};
	return [...new Set(actions)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function missingActionsPolicy(actions: Iterable<string>): PolicyDocument {
	return {
		Version: '2012-10-17',
		Statement: [{Sid: 'CutwatchReadOnly', Effect: 'Allow', Action: sortActions(actions), Resource: '*'}],
	};
}
