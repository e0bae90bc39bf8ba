// A real HTTP server on 127.0.0.1 (OS-chosen port) that records every request and answers from a script,
// so client tests exercise the real signing, transport, retry and parsing code.
import {createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export type RecordedRequest = {method: string; url: string; headers: IncomingHttpHeaders; body: string};
export type Reply = {status?: number; headers?: Record<string, string>; body?: unknown} | 'hang' | 'reset';
export type Responder = (request: RecordedRequest, index: number) => Reply;

export type LoopbackServer = {
	endpoint: string;
	port: number;
	requests: RecordedRequest[];
	close(): Promise<void>;
};

export async function startLoopbackServer(respond: Responder): Promise<LoopbackServer> {
	const requests: RecordedRequest[] = [];
	const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const recorded = {method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8')};
		requests.push(recorded);
		const reply = respond(recorded, requests.length - 1);
		if (reply === 'hang') return; // never answer: the client's timeout or abort must end it
		if (reply === 'reset') {
			res.socket?.destroy(); // the connection drops with no answer: the client sees ECONNRESET
			return;
		}
		const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
		res.writeHead(reply.status ?? 200, {
			'content-type': 'application/x-amz-json-1.1',
			'x-amzn-requestid': `req-${requests.length}`,
			...reply.headers,
		});
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		endpoint: `http://127.0.0.1:${port}`,
		port,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** A port nothing listens on (bound by the OS, then released). */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}
