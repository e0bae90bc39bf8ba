// The text --check prints: an aligned table (one row per account, region and operation), then the IAM policy
// that grants exactly what was denied, then a one-line summary.
import {sanitize, terminalSafeJson} from '../format/sanitize.js';
import {fit} from '../format/text.js';
import type {CheckOutcome, CheckResult} from './check-result.js';
import {missingActionsPolicy, sortActions} from './check-policy.js';
import stringWidth from 'string-width';

const outcomeLabels: Record<CheckOutcome, string> = {allowed: 'ALLOWED', denied: 'DENIED', error: 'ERROR'};
const gap = '  ';

function widthOf(header: string, values: readonly string[], max: number): number {
	return Math.min(max, Math.max(stringWidth(header), ...values.map((value) => stringWidth(value))));
}

function detail(result: CheckResult): string {
	const {problem} = result;
	if (!problem) return '';
	const said = `${sanitize(problem.code)}: ${sanitize(problem.message)}`;
	// A denial's fix is the policy printed below the table; other problems carry their own hint.
	return result.outcome === 'denied' ? said : `${said} — ${sanitize(problem.hint)}`;
}

export function checkTable(results: readonly CheckResult[]): string {
	const rows = results.map((result) => [sanitize(result.account), sanitize(result.region), result.iamAction, outcomeLabels[result.outcome], detail(result)]);
	const headers = ['ACCOUNT', 'REGION', 'PERMISSION', 'RESULT', 'DETAIL'];
	const caps = [32, 20, 40, 7];
	const widths = caps.map((cap, column) =>
		widthOf(
			headers[column]!,
			rows.map((row) => row[column]!),
			cap,
		),
	);
	const line = (cells: readonly string[]) => (widths.map((width, column) => fit(cells[column] ?? '', width)).join(gap) + gap + (cells[4] ?? '')).trimEnd();
	return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

/** One policy per distinct set of missing actions, naming the accounts it is for. */
export function policySection(results: readonly CheckResult[]): string {
	const missingByAccount = new Map<string, Set<string>>();
	for (const result of results) {
		if (result.outcome !== 'denied') continue;
		const actions = missingByAccount.get(result.account) ?? new Set<string>();
		actions.add(result.iamAction);
		missingByAccount.set(result.account, actions);
	}
	const accountsBySet = new Map<string, {actions: string[]; accounts: string[]}>();
	for (const [account, actions] of missingByAccount) {
		const sorted = sortActions(actions);
		const key = sorted.join(' ');
		const group = accountsBySet.get(key) ?? {actions: sorted, accounts: []};
		group.accounts.push(sanitize(account));
		accountsBySet.set(key, group);
	}
	const blocks = [...accountsBySet.values()].map(({actions, accounts}) => {
		const who = `${accounts.length === 1 ? 'account' : 'accounts'} ${accounts.join(', ')}`;
		return `IAM policy granting the missing permissions (${who}); attach it to the user or role cutwatch runs as:\n${terminalSafeJson(missingActionsPolicy(actions), 2)}\n`;
	});
	return blocks.join('\n');
}

export function checkSummary(results: readonly CheckResult[]): string {
	const count = (outcome: CheckOutcome) => results.filter((result) => result.outcome === outcome).length;
	const [allowed, denied, errors] = [count('allowed'), count('denied'), count('error')];
	if (allowed === results.length) return `All ${results.length} permissions allowed: cutwatch can monitor everything selected.\n`;
	const parts = [`${allowed} of ${results.length} allowed`];
	if (denied > 0) parts.push(`${denied} denied`);
	if (errors > 0) parts.push(`${errors} could not be checked`);
	return `${parts.join(', ')}.\n`;
}

export function checkReport(results: readonly CheckResult[]): string {
	const policy = policySection(results);
	return [checkTable(results), ...(policy ? [policy] : []), checkSummary(results)].join('\n');
}
