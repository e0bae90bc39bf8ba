// The one request --check sends per source: it asks AWS "may I call this?" and reads no task data.
// EC2 has DryRun for exactly that; Discovery has none, so its probe is the smallest real call (one record).
import {DescribeImportTasksCommand} from '../aws/discovery/index.js';
import type {TaskKind, TaskScope} from '../model/task.js';
import {fetchTasks, sourceInfo, type AwsClients, type Selection} from './index.js';

/** EC2 answers a permitted DryRun with 412 DryRunOperation, which the SDK raises as an error. */
export function isDryRunOperation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const {name, Code} = error as {name?: unknown; Code?: unknown};
	return name === 'DryRunOperation' || Code === 'DryRunOperation';
}

/** Resolves when the caller may call the source's operation; otherwise throws what AWS (or the network) said. */
export async function probeSource(kind: TaskKind, clients: AwsClients, scope: TaskScope, selection: Selection, signal?: AbortSignal): Promise<void> {
	if (sourceInfo[kind].service === 'discovery') {
		await clients.discovery.send(new DescribeImportTasksCommand({maxResults: 1}), {abortSignal: signal});
		return;
	}
	try {
		// The same request the poller sends (ids, filters), so the probe checks what monitoring will need.
		await fetchTasks(kind, clients, scope, {...selection, dryRun: true}, signal);
	} catch (error) {
		if (isDryRunOperation(error)) return;
		throw error;
	}
	// Reaching here means the endpoint ignored DryRun and answered for real: the call is allowed all the same.
}
