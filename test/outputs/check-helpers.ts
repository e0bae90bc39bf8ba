// What the --check tests share: the table's rows, the policy documents printed, a target the test controls.
import assert from 'node:assert/strict';
import type {PollTarget} from '../../source/poller/poller.js';

export const describeActions = new Set(['DescribeImportSnapshotTasks', 'DescribeExportImageTasks', 'DescribeStoreImageTasks', 'DescribeImportTasks']);
export const allActions = ['ec2:DescribeImportSnapshotTasks', 'ec2:DescribeExportImageTasks', 'ec2:DescribeStoreImageTasks', 'discovery:DescribeImportTasks'];

export type Row = {line: string; account: string; region: string; action: string; result: string; detail: string};

/** The table rows (header excluded), split on the column gaps. */
export function tableRows(stdout: string): Row[] {
	const [header, ...rest] = stdout.split('\n\n')[0]!.split('\n');
	assert.match(header!, /^ACCOUNT +REGION +PERMISSION +RESULT +DETAIL$/);
	return rest.map((line) => {
		const match = /^(\S+) +(\S+) +(\S+) +(ALLOWED|DENIED|ERROR)(?: +(.*))?$/.exec(line);
		assert.ok(match, `table row: ${line}`);
		return {line, account: match[1]!, region: match[2]!, action: match[3]!, result: match[4]!, detail: match[5] ?? ''};
	});
}

export function rowFor(rows: Row[], action: string, region = 'us-east-1'): Row {
	const row = rows.find((r) => r.action === action && r.region === region);
	assert.ok(row, `a row for ${action} in ${region}`);
	return row;
}

/** Every policy document printed (pretty JSON blocks starting at a line "{"). */
export function policies(stdout: string): Array<{Version: string; Statement: Array<{Effect: string; Action: string[]; Resource: string}>}> {
	return [...stdout.matchAll(/^\{\n[\s\S]*?\n\}$/gm)].map((match) => JSON.parse(match[0]) as never);
}

/** A target whose probe the test controls (no AWS, no simulator). */
export function fakeTarget(overrides: Partial<PollTarget> & Pick<PollTarget, 'kind'>): PollTarget {
	return {
		scope: {region: 'us-east-1', account: 'prod'},
		iamAction: `ec2:${overrides.kind}`,
		fetch: () => Promise.reject(new Error('--check must never fetch')),
		...overrides,
	};
}
