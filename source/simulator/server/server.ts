// The loopback HTTP server: routes each request to the EC2 Query handler, the Discovery JSON handler (by the
// X-Amz-Target header) or the control endpoint, records it, and applies latency and hangs.
import {randomUUID} from 'node:crypto';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {Socket} from 'node:net';
import {controlPrefix, handleControl} from './control-endpoint.js';
import {handleDiscovery} from '../protocol/discovery/handler.js';
import {handleEc2} from '../protocol/ec2/handler.js';
import {FaultTable, type Fault, type FaultSettings, type FaultTargetName} from '../faults/table.js';
import type {Handled, Reply} from '../protocol/handler-context.js';
import {RequestLog, type RecordedRequest} from './request-log.js';
import type {Seed} from '../scenario/random.js';
import {buildCutoverScenario} from '../scenario/cutover.js';
import {taskCount, type Scenario} from '../scenario/model.js';
import {signingScope, type ReceivedRequest} from '../protocol/sigv4-check.js';
import {indexScenario} from '../protocol/task-index.js';
import type {SimTime} from '../protocol/task-views.js';
import type {XmlControlCharacters} from '../protocol/ec2/xml-text.js';
import {isPort, isSpeed} from './limits.js';

export type SimulatorOptions = {
	/** 0 (default): the OS picks a free port. The server binds 127.0.0.1 only. */
	port?: number | undefined;
	/** Simulated ms per wall-clock ms; default 1. */
	speed?: number | undefined;
	/** Seeds the default scenario and probabilistic faults; default 1. */
	seed?: Seed | undefined;
	/** Default: the demo cutover built from `seed`. */
	scenario?: Scenario | undefined;
	/** Wall clock in epoch ms; default Date.now. Tests inject a fake one. */
	clock?: (() => number) | undefined;
	/**
	 * When the scenario began, in wall-clock epoch ms; default: now. A resumed `--demo --log` passes its
	 * journal's, so the cutover carries on where it was instead of starting over.
	 */
	startedAt?: number | undefined;
	/** Faults from the start, by operation name, alias (import|export|store|discovery) or '*'. */
	faults?: Partial<Record<FaultTargetName, Fault>> | undefined;
	/** Fully verify SigV4 signatures against this secret (any access key id is accepted). Off by default. */
	verifySignatures?: {secretAccessKey: string} | undefined;
	/** Append every request to this file as JSON lines. */
	requestLogFile?: string | undefined;
	/** Size of the in-memory request ring; default 10,000. */
	requestLogCapacity?: number | undefined;
	/** How XML carries characters XML 1.0 cannot hold; see protocol/ec2/xml-text.ts. Default 'replace'. */
	xmlControlCharacters?: XmlControlCharacters | undefined;
};

export type Simulator = {
	/** http://127.0.0.1:PORT */
	readonly endpoint: string;
	readonly port: number;
	readonly scenario: Scenario;
	readonly speed: number;
	readonly seed: Seed;
	/** Wall-clock epoch ms the scenario began. */
	readonly startedAt: number;
	/** Simulated ms since start. */
	simulatedMs(): number;
	setFault(target: FaultTargetName, fault: Fault | undefined): void;
	clearFaults(): void;
	faults(): FaultSettings;
	/** Oldest first; the last `requestLogCapacity` requests. */
	requests(): readonly RecordedRequest[];
	/** Requests per operation name ("other" for anything else), since start. */
	counts(): Record<string, number>;
	/** Stops listening and destroys every open socket, hanging requests included. */
	close(): Promise<void>;
};

const maxBodyBytes = 1024 * 1024;

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const port = options.port ?? 0;
	const speed = options.speed ?? 1;
	const seed = options.seed ?? 1;
	if (!isPort(port)) throw new RangeError(`port must be an integer from 0 to 65535, got ${port}`);
	if (!isSpeed(speed)) throw new RangeError(`speed must be a positive number, got ${speed}`);
	const clock = options.clock ?? Date.now;
	const scenario = options.scenario ?? buildCutoverScenario(seed);
	const index = indexScenario(scenario);
	const faults = new FaultTable(seed);
	for (const [target, fault] of Object.entries(options.faults ?? {})) faults.set(target as FaultTargetName, fault);
	const log = new RequestLog(options.requestLogCapacity, options.requestLogFile);
	const startWall = options.startedAt ?? clock();
	const simulatedMs = (): number => (clock() - startWall) * speed;
	// Simulated instants map back onto the wall clock, so ages computed with the real clock stay consistent.
	const wallOf = (simMs: number): number => startWall + simMs / speed;
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();

	const status = (): Record<string, unknown> => ({
		scenario: scenario.name,
		tasks: taskCount(scenario),
		speed,
		seed,
		simulatedMs: simulatedMs(),
		startedAt: new Date(startWall).toISOString(),
	});

	const send = (response: ServerResponse, reply: Reply) => {
		if (response.destroyed) return;
		response.writeHead(reply.status, {...reply.headers, 'content-length': Buffer.byteLength(reply.body)});
		response.end(reply.body);
	};

	const answer = async (request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		if (url.pathname === controlPrefix || url.pathname.startsWith(`${controlPrefix}/`)) {
			send(response, handleControl(request.method ?? 'GET', url, body.toString('utf8'), {faults, log, status}));
			return;
		}
		const arrivedWall = clock();
		const nowMs = (arrivedWall - startWall) * speed;
		const time: SimTime = {nowMs, wallOf};
		const requestId = randomUUID();
		const received: ReceivedRequest = {method: request.method ?? 'POST', path: url.pathname, query: url.searchParams, headers: request.headers, body};
		const verifySecret = options.verifySignatures?.secretAccessKey;
		const context = {index, time, faults, verifySecret, xmlControls: options.xmlControlCharacters ?? 'replace', requestId};
		const target = request.headers['x-amz-target'];
		const handled: Handled =
			target === undefined ? await handleEc2(received, context) : await handleDiscovery(received, Array.isArray(target) ? target.join(',') : target, context);
		const {reply, delayMs} = handled;
		log.record({
			time: new Date(arrivedWall).toISOString(),
			simulatedMs: nowMs,
			...signingScope(request.headers),
			...handled.log,
			status: reply === 'hang' || reply === 'reset' ? null : reply.status,
			requestId,
		});
		if (reply === 'hang') return; // left open until the client gives up or close() destroys the socket
		if (reply === 'reset') {
			response.socket?.destroy();
			return;
		}
		if (delayMs <= 0) {
			send(response, reply);
			return;
		}
		const timer = setTimeout(() => {
			timers.delete(timer);
			send(response, reply);
		}, delayMs);
		timers.add(timer);
	};

	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > maxBodyBytes) {
				send(response, {status: 413, headers: {'content-type': 'text/plain', connection: 'close'}, body: 'Request body too large\n'});
				request.destroy();
				return;
			}
			chunks.push(chunk);
		});
		request.on('end', () => {
			if (size > maxBodyBytes) return;
			answer(request, response, Buffer.concat(chunks)).catch((error: unknown) => {
				// A simulator bug, not a scenario: answer like an AWS internal error and say why.
				send(response, {status: 500, headers: {'content-type': 'text/plain'}, body: `simulator error: ${(error as Error)?.message ?? String(error)}\n`});
			});
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
	} catch (error) {
		log.closeFile();
		throw error;
	}
	const address = server.address();
	const boundPort = typeof address === 'object' && address !== null ? address.port : port;

	let closing: Promise<void> | undefined;
	return {
		endpoint: `http://127.0.0.1:${boundPort}`,
		port: boundPort,
		scenario,
		speed,
		seed,
		startedAt: startWall,
		simulatedMs,
		setFault: (target, fault) => faults.set(target, fault),
		clearFaults: () => faults.clear(),
		faults: () => faults.list(),
		requests: () => log.entries(),
		counts: () => log.counts(),
		close: () => {
			closing ??= new Promise<void>((resolve) => {
				for (const timer of timers) clearTimeout(timer);
				timers.clear();
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
				log.closeFile();
			});
			return closing;
		},
	};
}
