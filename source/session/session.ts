// Wires one monitoring session from a Config: (demo simulator) → clients → poll targets → store + poller.
// Every mode (TUI, --watch, --once) runs on a session, so they see the same data the same way.
import type {Config} from '../config/config.js';
import {createRenewableClients, type RenewableClients} from '../aws/clients.js';
import type {TaskKind, TaskScope} from '../model/task.js';
import {createPollPlan, defaultFullEveryMs} from '../poller/poll-plan.js';
import {createPoller, type Poller, type PollTarget} from '../poller/poller.js';
import {defaultSchedule, withInterval} from '../poller/schedule.js';
import {realTimers, type Timers} from '../poller/timers.js';
import {fetchActiveTasks, stillMoving} from '../sources/active-tasks.js';
import {fetchTasks, sourceInfo, type Selection} from '../sources/index.js';
import type {FirstPage} from '../sources/request-params.js';
import {createCutwatchStore, sourceKey, statusFilterFor, type CutwatchStore, type StoreOptions} from '../store/index.js';
import {demoCredentials, loadScenarioFile, startSimulator, type Simulator} from '../simulator/index.js';
import {probeSource} from '../sources/check-probe.js';
import {discoveryRegionHint, discoveryRegions} from '../model/discovery-regions.js';
import {resolveDefaultRegion} from './resolve-region.js';
import {apiStatusFilters} from './status-filters.js';

export type Session = {
	store: CutwatchStore;
	poller: Poller;
	targets: readonly PollTarget[];
	/** Regions and accounts watched, for headers and summaries (every profile's regions, first seen first). */
	regions: readonly string[];
	accounts: readonly string[];
	/** The first profile's Discovery region; each profile's is in its targets' scopes. */
	discoveryRegion: string;
	/** The embedded simulator in demo mode. */
	simulator?: Simulator | undefined;
	close(): Promise<void>;
};

export type SessionOptions = {
	timers?: Timers;
	random?: () => number;
	/** Tests: the demo simulator's wall clock (usually the same fake clock as `timers`). */
	clock?: () => number;
	/** Tests: the clients' socket timeouts. */
	requestTimeoutMs?: number;
	connectionTimeoutMs?: number;
	/** Tests: the poller's deadline for one attempt (default 20 s). */
	attemptDeadlineMs?: number;
	/** Tests and the soak: store limits (e.g. a shorter gone-task retention). */
	store?: StoreOptions;
	/** --demo resumed from a journal: when its simulated cutover began (see SimulatorOptions.startedAt). */
	demoStartedAt?: number | undefined;
	/** Tests and the bench: false lists every source in full at every poll (the one-tier baseline). */
	twoTier?: boolean;
};

export const demoAccount = 'demo';
const ec2Kinds: TaskKind[] = ['import-snapshot', 'export-image', 'store-image'];

export function selectionFor(config: Config): Selection {
	return {
		importTaskIds: config.ids.importTaskIds,
		exportImageTaskIds: config.ids.exportTaskIds,
		imageIds: config.ids.imageIds,
		discoveryTaskIds: config.ids.discoveryTaskIds,
		...(config.mode === 'once' ? apiStatusFilters(config.statuses) : {}),
	};
}

/** Whether the selection names ids or filters for this kind. */
function narrowed(kind: TaskKind, selection: Selection): boolean {
	const lists: Record<TaskKind, ReadonlyArray<readonly unknown[] | undefined>> = {
		'import-snapshot': [selection.importTaskIds, selection.importSnapshotFilters],
		'export-image': [selection.exportImageTaskIds, selection.exportImageFilters],
		'store-image': [selection.imageIds, selection.storeImageFilters],
		'discovery-import': [selection.discoveryTaskIds, selection.discoveryFilters],
	};
	return lists[kind].some((list) => (list?.length ?? 0) > 0);
}

export async function openSession(config: Config, options: SessionOptions = {}): Promise<Session> {
	let simulator: Simulator | undefined;
	let endpoint = config.endpointUrl;
	let credentials = undefined as typeof demoCredentials | undefined;
	if (config.demo) {
		const scenario = config.simulator.scenarioFile ? await loadScenarioFile(config.simulator.scenarioFile, config.simulator.seed) : undefined;
		simulator = await startSimulator({
			speed: config.simulator.speed,
			seed: config.simulator.seed,
			scenario,
			clock: options.clock,
			startedAt: options.demoStartedAt,
		});
		endpoint = simulator.endpoint;
		// Fixed dummy keys: demo mode never reads the user's AWS configuration or reaches AWS.
		credentials = demoCredentials;
	}

	const profiles: Array<string | undefined> = config.profiles.length > 0 ? config.profiles : [undefined];
	// --region applies to every profile; without it each profile is watched in its own region, as the AWS CLI would.
	const regionsOf = new Map<string | undefined, readonly string[]>();
	for (const profile of profiles) {
		regionsOf.set(profile, config.regions.length > 0 ? config.regions : config.demo ? ['us-east-1'] : [await resolveDefaultRegion(profile)]);
	}
	const regions = [...new Set([...regionsOf.values()].flat())];
	const discoveryRegionOf = (profile: string | undefined) => config.discoveryRegion ?? regionsOf.get(profile)![0]!;
	const discoveryRegion = discoveryRegionOf(profiles[0]);
	const selection = selectionFor(config);
	const timers = options.timers ?? realTimers;
	// --status selects tasks in every mode: on the screen it is where every pane's filter starts.
	const store = createCutwatchStore({initialFilter: statusFilterFor(config.statuses), stalledAfterMs: config.stallAfterMs, ...options.store});

	const clientSets: RenewableClients[] = [];
	const clientsFor = new Map<string, RenewableClients>();
	const getClients = (profile: string | undefined, region: string) => {
		const key = `${profile ?? ''}|${region}`;
		let clients = clientsFor.get(key);
		if (!clients) {
			clients = createRenewableClients({
				region,
				profile,
				endpoint,
				credentials,
				requestTimeoutMs: options.requestTimeoutMs,
				connectionTimeoutMs: options.connectionTimeoutMs,
			});
			clientsFor.set(key, clients);
			clientSets.push(clients);
		}
		return clients;
	};

	const targets: PollTarget[] = [];
	const addTarget = (kind: TaskKind, profile: string | undefined, region: string) => {
		const clients = getClients(profile, region);
		const scope: TaskScope = {region, account: profile ?? (config.demo ? demoAccount : undefined), profile};
		const blocked =
			kind === 'discovery-import' && endpoint === undefined && !discoveryRegions.has(region)
				? {
						code: 'NoDiscoveryEndpoint',
						message: `Application Discovery Service has no endpoint in ${region}`,
						hint: discoveryRegionHint,
						errorClass: 'config' as const,
						throttled: false,
						needsAction: true,
						local: true,
					}
				: undefined;
		const full = (signal: AbortSignal, onFirstPage?: FirstPage) => clients.use((set) => fetchTasks(kind, set, scope, selection, signal, onFirstPage));
		// Ids or filters already bound what is listed: the active tier would save nothing.
		const plan =
			options.twoTier !== false && !narrowed(kind, selection)
				? createPollPlan({
						store,
						sourceKey: sourceKey(kind, scope),
						kind,
						timers,
						fullEveryMs: config.fullIntervalMs ?? defaultFullEveryMs,
						pageSize: sourceInfo[kind].pageSize,
						full,
						moving: stillMoving,
						active: (known, signal) => clients.use((set) => fetchActiveTasks(kind, set, scope, known, signal)),
					})
				: undefined;
		targets.push({
			kind,
			scope,
			iamAction: sourceInfo[kind].iamAction,
			blocked,
			fetch: plan ? plan.fetch : full,
			listNext: plan?.listNext,
			probe: (signal) => clients.use((set) => probeSource(kind, set, scope, selection, signal)),
			renewCredentials: () => clients.renew(),
		});
	};
	for (const profile of profiles) {
		for (const region of regionsOf.get(profile)!) {
			for (const kind of ec2Kinds) if (config.kinds.includes(kind)) addTarget(kind, profile, region);
		}
		if (config.kinds.includes('discovery-import')) addTarget('discovery-import', profile, discoveryRegionOf(profile));
	}

	const poller = createPoller({
		store,
		targets,
		schedule: withInterval(defaultSchedule, config.intervalMs),
		timers,
		random: options.random,
		attemptDeadlineMs: options.attemptDeadlineMs,
	});

	return {
		store,
		poller,
		targets,
		regions,
		accounts: profiles.map((p) => p ?? (config.demo ? demoAccount : 'default')),
		discoveryRegion,
		simulator,
		async close() {
			poller.stop();
			for (const clients of clientSets) clients.destroy();
			await simulator?.close();
		},
	};
}
