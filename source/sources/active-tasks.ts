// The cheap tier of two-tier polling: per kind, the requests that return what is running now, without the
// history. Each asks AWS for its running tasks where the API can filter by state (which also finds new ones),
// then fetches by id the tasks the store knew as running that the filter no longer returns, so a task's outcome
// arrives with the poll after it finished, not with the next full listing. The answer is merged, never listed:
// a task missing from it is not gone (see store/merge-poll.ts).
import type {EC2Client, Filter} from '@aws-sdk/client-ec2';
import type {DiscoveryClient} from '../aws/discovery/index.js';
import type {Task, TaskKind, TaskScope} from '../model/task.js';
import {fetchDiscoveryImportTasks} from './discovery-import.js';
import {fetchExportImageTasks} from './export-image.js';
import {fetchImportSnapshotTasks} from './import-snapshot.js';
import {fetchStoreImageTasks} from './store-image.js';

/**
 * Ids per DescribeImportSnapshotTasks / DescribeExportImageTasks call. Neither API documents a maximum; 200 ids
 * make a ~6 KB form body, far under any EC2 request limit, and 500 running imports cost 3 calls.
 */
export const activeIdsPerCall = 200;
/** A Discovery filter takes 1-100 values. */
const discoveryValuesPerCall = 100;

/**
 * AWS statuses that can still change: what the normalisers read as running (normalise-*.ts), and EC2's
 * `deleting`, a cancellation on its way to `deleted`. Sent as each API's state filter.
 */
export const runningStates = {
	'export-image': ['active', 'deleting'],
	'store-image': ['InProgress'],
	'discovery-import': ['IMPORT_IN_PROGRESS', 'DELETE_IN_PROGRESS'],
} as const;

/** Whether AWS may still change this task: the active tier keeps asking about it until it settles. */
export function stillMoving(task: Task): boolean {
	return task.category === 'active' || ((task.kind === 'import-snapshot' || task.kind === 'export-image') && task.status === 'deleting');
}

export type ActiveClients = {ec2: EC2Client; discovery: DiscoveryClient};

/**
 * The running tasks of one source, plus the known running ones that have just finished. `known` are the tasks
 * the store holds as still moving (stillMoving) for this source. Resolves undefined when only a full listing can answer (an import
 * task id AWS no longer knows).
 */
export async function fetchActiveTasks(
	kind: TaskKind,
	clients: ActiveClients,
	scope: TaskScope,
	known: readonly Task[],
	signal?: AbortSignal,
): Promise<Task[] | undefined> {
	switch (kind) {
		case 'import-snapshot':
			// No state filter is documented for this API: running tasks are asked for by id, new ones come with the full listing.
			return byImportIds(
				clients.ec2,
				scope,
				known.map((task) => task.id),
				signal,
			);
		case 'export-image': {
			const running = await fetchExportImageTasks(clients.ec2, scope, {filters: [stateFilter(kind)]}, signal);
			const missing = missingIds(known, running);
			const finished = [];
			for (const ids of chunks(missing, activeIdsPerCall)) {
				finished.push(...(await fetchExportImageTasks(clients.ec2, scope, {exportImageTaskIds: ids}, signal)));
			}
			return [...running, ...finished];
		}
		case 'store-image': {
			const running = await fetchStoreImageTasks(clients.ec2, scope, {filters: [stateFilter(kind)]}, signal);
			// Store tasks are asked for by AMI; AWS answers with each AMI's latest task.
			const stillRunning = new Set(running.map((task) => task.id));
			const amis = [...new Set(known.flatMap((task) => (stillRunning.has(task.id) ? [] : (task.resourceId ?? []))))];
			const finished = amis.length === 0 ? [] : await fetchStoreImageTasks(clients.ec2, scope, {imageIds: amis}, signal);
			return [...running, ...finished];
		}
		case 'discovery-import': {
			const filter = {name: 'STATUS' as const, values: [...runningStates[kind]]};
			const running = await fetchDiscoveryImportTasks(clients.discovery, scope, {filters: [filter]}, signal);
			const finished = [];
			for (const ids of chunks(missingIds(known, running), discoveryValuesPerCall)) {
				finished.push(...(await fetchDiscoveryImportTasks(clients.discovery, scope, {discoveryTaskIds: ids}, signal)));
			}
			return [...running, ...finished];
		}
	}
}

async function byImportIds(client: EC2Client, scope: TaskScope, ids: readonly string[], signal?: AbortSignal): Promise<Task[] | undefined> {
	const tasks: Task[] = [];
	try {
		for (const chunk of chunks(ids, activeIdsPerCall)) tasks.push(...(await fetchImportSnapshotTasks(client, scope, {importTaskIds: chunk}, signal)));
	} catch (error) {
		// AWS rejects the whole call when one id is unknown (aged out, or never ours): list in full instead.
		if (error instanceof Error && error.name === 'InvalidConversionTaskId.Malformed') return undefined;
		throw error;
	}
	return tasks;
}

function stateFilter(kind: 'export-image' | 'store-image'): Filter {
	return {Name: 'task-state', Values: [...runningStates[kind]]};
}

function missingIds(known: readonly Task[], answered: readonly Task[]): string[] {
	const seen = new Set(answered.map((task) => task.id));
	return known.flatMap((task) => (seen.has(task.id) ? [] : [task.id]));
}

function chunks<T>(values: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let start = 0; start < values.length; start += size) out.push(values.slice(start, start + size));
	return out;
}
