// Builds the AWS clients for one account (profile) and region. Endpoint, credentials and timeouts are set
// here and nowhere else, so demo mode and tests point every client at the simulator in one place.
import {EC2Client} from '@aws-sdk/client-ec2';
import {defaultProvider} from '@aws-sdk/credential-provider-node';
import {NodeHttpHandler} from '@smithy/node-http-handler';
import type {AwsCredentialIdentity, AwsCredentialIdentityProvider} from '@smithy/types';
import {explainingCredentials} from './credential-problems.js';
import {DiscoveryClient} from './discovery/index.js';
import {maxRequestsPerAttempt, pollerOwnedRetryStrategy} from './retry-policy.js';
import {quietLogger} from './quiet-logger.js';

export type ClientOptions = {
	/** One region for both clients: the session makes a set per (profile, region), Discovery's home region included. */
	region: string;
	profile?: string | undefined;
	endpoint?: string | undefined;
	/** Fixed credentials (demo, tests); otherwise the standard chain for `profile`. */
	credentials?: AwsCredentialIdentity | undefined;
	/**
	 * Socket-level backstops; the poller's attempt deadline (poller/deadline.ts, 20 s) is what bounds a poll.
	 * A request may not take longer than the whole attempt; connecting gets 5 s (an unreachable endpoint).
	 */
	requestTimeoutMs?: number | undefined;
	connectionTimeoutMs?: number | undefined;
};

export type ClientSet = {
	ec2: EC2Client;
	discovery: DiscoveryClient;
	destroy(): void;
};

export const defaultRequestTimeoutMs = 20_000;
export const defaultConnectionTimeoutMs = 5_000;

export function createClientSet(options: ClientOptions): ClientSet {
	const credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider =
		options.credentials ?? explainingCredentials(defaultProvider({profile: options.profile}), options.profile);
	const requestTimeout = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
	const connectionTimeout = options.connectionTimeoutMs ?? defaultConnectionTimeoutMs;
	const ec2 = new EC2Client({
		region: options.region,
		profile: options.profile,
		endpoint: options.endpoint,
		credentials,
		// The poller owns retrying (retry-policy.ts); maxAttempts only fills the amz-sdk-request header.
		retryStrategy: pollerOwnedRetryStrategy(),
		maxAttempts: maxRequestsPerAttempt,
		logger: quietLogger,
		// Without throwOnRequestTimeout this SDK version only warns (on the console!) and a hung endpoint hangs the poll.
		requestHandler: new NodeHttpHandler({requestTimeout, connectionTimeout, throwOnRequestTimeout: true}),
	});
	const discovery = new DiscoveryClient({
		region: options.region,
		profile: options.profile,
		endpoint: options.endpoint,
		credentials,
		retryStrategy: pollerOwnedRetryStrategy(),
		maxAttempts: maxRequestsPerAttempt,
		requestTimeout,
		connectionTimeout,
	});
	return {
		ec2,
		discovery,
		destroy() {
			ec2.destroy();
			discovery.destroy();
		},
	};
}

/**
 * Clients that can be rebuilt. The SDK caches credentials that carry no expiry forever, so when AWS says
 * a token expired (SSO session, assumed role) the only way to read the refreshed chain is new clients.
 * The sources of one account and region share them, so a renewal retires the old clients and destroys them only
 * once the requests running on them (through `use`) have settled: destroying drops every socket, in use or not,
 * and would cut the other sources' requests in flight.
 */
export type RenewableClients = {
	/** Runs `fn` on the current clients, which stay alive until it settles even if renewed meanwhile. */
	use<T>(fn: (clients: ClientSet) => Promise<T>): Promise<T>;
	renew(): void;
	/** Shutdown: destroys every client, in use or not. */
	destroy(): void;
};

export function createRenewableClients(options: ClientOptions): RenewableClients {
	let current = createClientSet(options);
	const users = new Map<ClientSet, number>();
	const retired = new Set<ClientSet>();
	const release = (clients: ClientSet) => {
		const left = (users.get(clients) ?? 1) - 1;
		if (left > 0) {
			users.set(clients, left);
			return;
		}
		users.delete(clients);
		if (retired.delete(clients)) clients.destroy();
	};
	return {
		async use(fn) {
			const clients = current;
			users.set(clients, (users.get(clients) ?? 0) + 1);
			try {
				return await fn(clients);
			} finally {
				release(clients);
			}
		},
		renew() {
			const old = current;
			current = createClientSet(options);
			if (users.has(old)) retired.add(old);
			else old.destroy();
		},
		destroy() {
			current.destroy();
			for (const clients of retired) clients.destroy();
			retired.clear();
		},
	};
}
