// Credentials and request signatures never reach the store, the panes' text, --watch or --once output. The
// endpoint that quotes the Authorization header back (as AWS's IncompleteSignature messages do) and a proxy that
// quotes the session token are what make this falsifiable: cutwatch must cut them out of the error it shows.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openSession} from '../../source/session/session.js';
import {parseConfig} from '../../source/cli/config.js';
import {faultKinds, demoCredentials, startSimulator, type Fault} from '../../source/simulator/index.js';
import {startLoopbackServer, type RecordedRequest} from '../aws/loopback-server.js';
import {createManualTimers} from '../helpers/manual-timers.js';
import {cleanEnv, runCli} from '../helpers/run-cli.js';
import {spawnCli} from './cli-process.js';
import {openFaultSession, settle} from './fault-session.js';

const accessKeyId = 'AKIDCUTWATCHLEAKTEST';
const secretAccessKey = 'cutwatch-leak-test-secret-0123456789abcdef';
const sessionToken = 'IQoJb3JpZ2luX2VjECUTWATCHLEAKTESTSESSIONTOKEN0123456789';

/** This process's own AWS configuration: the in-process session reads the test keys from the environment only. */
for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
Object.assign(process.env, cleanEnv({AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey}), {PATH: process.env['PATH']});

type Found = {path: string; text: string};

/** Every string in a value (store state, parsed JSON) with where it was, Maps and Sets included. */
function strings(value: unknown, path = '$', seen = new WeakSet<object>(), out: Found[] = []): Found[] {
	if (typeof value === 'string') out.push({path, text: value});
	else if (value instanceof Date) out.push({path, text: value.toISOString()});
	else if (typeof value === 'object' && value !== null && !seen.has(value)) {
		seen.add(value);
		if (value instanceof Map) for (const [key, item] of value) strings(item, `${path}[${String(key)}]`, seen, out);
		else if (value instanceof Set || Array.isArray(value)) [...value].forEach((item, index) => strings(item, `${path}[${index}]`, seen, out));
		// A task's raw record is kept packed as JSON text (model/packed-record.ts): walked as the record it holds.
		else
			for (const [key, item] of Object.entries(value)) {
				if (key === 'raw' && typeof item === 'string') strings(JSON.parse(item), `${path}.${key}`, seen, out);
				else if (typeof item !== 'function') strings(item, `${path}.${key}`, seen, out);
			}
	}
	return out;
}

/** AWS's own presigned download link for a Discovery import's errors file is task data, not our credentials. */
const presignedZip = (path: string) => path.endsWith('errorsAndFailedEntriesZip');

function signaturesSent(requests: readonly RecordedRequest[]): string[] {
	return requests.flatMap((request) => /Signature=([0-9a-f]{64})/.exec(String(request.headers['authorization']))?.[1] ?? []);
}

function assertClean(found: Found[], options: {secrets: string[]; signatures?: string[]; allow?: (path: string) => boolean}) {
	for (const {path, text} of found) {
		for (const secret of options.secrets) assert.ok(!text.includes(secret), `${path} shows a secret: ${text}`);
		for (const signature of options.signatures ?? []) {
			assert.ok(!text.includes(signature.slice(0, 16)), `${path} shows (part of) a request signature: ${text}`);
		}
		// A value (hex, base64 or percent-encoded), not `Signature=[redacted]` or a message cut short after `=`.
		if (!options.allow?.(path)) assert.doesNotMatch(text, /Signature=[A-Za-z0-9%+/]/i, `${path} shows a signature`);
	}
}

const outputs = (stdout: string, stderr: string): Found[] => [
	{path: 'stdout', text: stdout},
	{path: 'stderr', text: stderr},
];

/** An endpoint that rejects every request quoting its Authorization header (and any session token) back, as AWS's
 * IncompleteSignature messages quote the header and as a debugging proxy might quote the token. */
async function startEchoServer() {
	return startLoopbackServer((request) => {
		const token = request.headers['x-amz-security-token'];
		// The quoted values come first: cutwatch shows only the first 300 characters of a message.
		const message =
			(token === undefined ? '' : `X-Amz-Security-Token=${String(token)} `) +
			`Authorization=${String(request.headers['authorization'])} requires 'Credential' parameter.`;
		if (request.headers['x-amz-target'] !== undefined) return {status: 400, body: {__type: 'IncompleteSignatureException', message}};
		return {
			status: 400,
			headers: {'content-type': 'text/xml'},
			body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>IncompleteSignature</Code><Message>${message}</Message></Error></Errors><RequestID>r</RequestID></Response>`,
		};
	});
}

test('every injected fault leaves no secret and no signature in any store field', async (t) => {
	const session = await openFaultSession({requestTimeoutMs: 200});
	t.after(() => session.close());
	session.poller.start();
	await settle();
	await session.poller.idle();
	let errorsSeen = 0;
	for (const kind of faultKinds) {
		const fault: Fault = kind === 'latency' ? {kind, ms: 5} : {kind};
		session.sim().setFault('*', fault);
		for (let i = 0; i < 6; i++) {
			await session.tick();
			const state = session.store.getState();
			errorsSeen += [...state.sources.values()].filter((source) => source.lastError).length;
			assertClean(strings(state), {secrets: [demoCredentials.secretAccessKey], allow: presignedZip});
		}
		session.sim().clearFaults();
	}
	assert.ok(errorsSeen > 0, 'the faults did reach the store');
});

test('an endpoint that quotes the Authorization header back: the error keeps its sense, not the signature', async (t) => {
	const server = await startEchoServer();
	t.after(() => server.close());
	const timers = createManualTimers(Date.now());
	const config = parseConfig([], {endpointUrl: server.endpoint, region: 'us-east-1', watch: true}, false);
	const session = await openSession(config, {timers, random: () => 0.5});
	t.after(() => session.close());
	session.poller.start();
	for (let i = 0; i < 8; i++) {
		timers.next();
		await settle();
		await session.poller.idle();
	}
	const signatures = signaturesSent(server.requests);
	assert.ok(signatures.length >= 4);
	assertClean(strings(session.store.getState()), {secrets: [secretAccessKey], signatures});
	const sources = [...session.store.getState().sources.values()];
	assert.equal(sources.length, 4);
	for (const source of sources) {
		assert.match(source.lastError!.code, /^IncompleteSignature/);
		assert.match(
			source.lastError!.message,
			/^Authorization=AWS4-HMAC-SHA256 Credential=.*Signature=\[redacted\] requires 'Credential'/,
			'the message keeps its sense',
		);
		assert.match(source.lastError!.hint, /AWS rejected the credentials/);
	}
});

const cliEnv = (extra: Record<string, string> = {}) => cleanEnv({AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, ...extra});

test('--once and --once --json against an endpoint quoting the Authorization header and session token print neither', async (t) => {
	const server = await startEchoServer();
	t.after(() => server.close());
	const args = ['--endpoint-url', server.endpoint, '--region', 'us-east-1'];
	const table = await runCli([...args, '--once'], {env: cliEnv()});
	const json = await runCli([...args, '--once', '--json'], {env: cliEnv({AWS_SESSION_TOKEN: sessionToken})});
	for (const result of [table, json]) {
		assert.equal(result.code, 3, result.stderr);
		assert.match(result.stderr, /IncompleteSignature/);
		assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
	}
	assert.ok(
		server.requests.some((request) => request.headers['x-amz-security-token'] === sessionToken),
		'the token was sent',
	);
	assertClean([...outputs(table.stdout, table.stderr), ...outputs(json.stdout, json.stderr)], {
		secrets: [secretAccessKey, sessionToken],
		signatures: signaturesSent(server.requests),
	});
	const document = JSON.parse(json.stdout) as {errors: Array<{message: string}>};
	assert.equal(document.errors.length, 4);
	for (const error of document.errors) assert.match(error.message, /^X-Amz-Security-Token=\[redacted\] Authorization=AWS4-HMAC-SHA256 Credential=/);
});

test('--watch against an endpoint quoting the Authorization header reports each source without the signature', async (t) => {
	const server = await startEchoServer();
	t.after(() => server.close());
	const cli = spawnCli(['--watch', '--endpoint-url', server.endpoint, '--region', 'us-east-1'], cliEnv({AWS_SESSION_TOKEN: sessionToken}));
	t.after(() => cli.child.kill('SIGKILL'));
	await cli.waitFor(/Discovery imports[^\n]*IncompleteSignature/);
	await cli.waitFor(/Snapshot imports[^\n]*IncompleteSignature/);
	const exit = await cli.stop('SIGTERM');
	assert.deepEqual(exit, {code: 0, signal: null});
	assertClean(outputs(cli.stdout(), cli.stderr()), {secrets: [secretAccessKey, sessionToken], signatures: signaturesSent(server.requests)});
});

test('--once, --once --json and --watch against a faulty simulator print no secret and no signature', async (t) => {
	const sim = await startSimulator({
		faults: {import: {kind: 'expired'}, store: {kind: 'throttle'}, export: {kind: 'denied', probability: 0.5}},
	});
	t.after(() => sim.close());
	const args = ['--endpoint-url', sim.endpoint, '--region', 'us-east-1'];
	const table = await runCli([...args, '--once'], {env: cliEnv()});
	const json = await runCli([...args, '--once', '--json'], {env: cliEnv()});
	assert.equal(table.code, 3, table.stderr);
	assert.match(table.stderr, /RequestExpired/);
	const document = JSON.parse(json.stdout) as unknown;
	assert.ok(
		strings(document).some((found) => found.path.endsWith('.kind') && found.text === 'discovery-import'),
		'healthy sources still listed',
	);
	const cli = spawnCli(['--watch', ...args], cliEnv());
	t.after(() => cli.child.kill('SIGKILL'));
	await cli.waitFor(/Snapshot imports[^\n]*RequestExpired/);
	await cli.waitFor(/discovery-import .* listed/);
	assert.deepEqual(await cli.stop('SIGTERM'), {code: 0, signal: null});
	assertClean(
		[...outputs(table.stdout, table.stderr), ...outputs(cli.stdout(), cli.stderr()), {path: 'json.stderr', text: json.stderr}, ...strings(document)],
		{secrets: [secretAccessKey], allow: presignedZip},
	);
});
