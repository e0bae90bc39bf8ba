// SigV4 on incoming requests. Always: the Authorization header must have the AWS4-HMAC-SHA256 shape, be scoped to
// the right service and match x-amz-date. Optionally (off by default, because `--endpoint-url` users sign with their
// real secret): re-sign the request with @smithy/signature-v4 and a known dummy secret and compare.
// The request time is not compared with the clock: tests run the simulator on an injected clock.
import {createHash, createHmac, timingSafeEqual, type Hash, type Hmac} from 'node:crypto';
import type {IncomingHttpHeaders} from 'node:http';
import {SignatureV4} from '@smithy/signature-v4';
import type {Checksum, HttpRequest, SourceData} from '@smithy/types';

/** What AWS says when the signature does not match, on EC2 and Discovery alike. */
export const signatureMismatchMessage =
	'The request signature we calculated does not match the signature you provided. ' +
	'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export type SigningService = 'ec2' | 'discovery';

export type ReceivedRequest = {method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: Buffer};

export type AuthProblem = {kind: 'missing'} | {kind: 'malformed'; detail: string} | {kind: 'mismatch'};

type Authorization = {accessKeyId: string; date: string; region: string; service: string; signedHeaders: string[]; signature: string};

const token = "[a-z0-9!#$%&'*+.^_`|~-]+"; // an HTTP header name, lower-cased as SigV4 requires
const authorizationPattern = new RegExp(
	'^AWS4-HMAC-SHA256 Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request,' +
		`\\s*SignedHeaders=(${token}(?:;${token})*),\\s*Signature=([0-9a-f]{64})$`,
);

function parseAuthorization(header: string): Authorization | undefined {
	const match = authorizationPattern.exec(header.trim());
	if (!match) return undefined;
	const [, accessKeyId = '', date = '', region = '', service = '', signedHeaders = '', signature = ''] = match;
	return {accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature};
}

/** Who signed the request and for which region (the SigV4 credential scope), for the request log. */
export function signingScope(headers: IncomingHttpHeaders): {accessKeyId: string; region: string} | undefined {
	const value = header(headers, 'authorization');
	const auth = value === undefined ? undefined : parseAuthorization(value);
	return auth && {accessKeyId: auth.accessKeyId, region: auth.region};
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value.join(',') : value;
}

export async function checkSignature(request: ReceivedRequest, service: SigningService, secretAccessKey?: string): Promise<AuthProblem | undefined> {
	const value = header(request.headers, 'authorization');
	if (value === undefined || value.trim() === '') return {kind: 'missing'};
	const auth = parseAuthorization(value);
	if (!auth) {
		const expected = 'AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/SERVICE/aws4_request, SignedHeaders=..., Signature=HEX';
		return {kind: 'malformed', detail: `Authorization header is not ${expected}`};
	}
	if (auth.service !== service) return {kind: 'malformed', detail: `Credential should be scoped to correct service: '${service}'.`};
	const amzDate = header(request.headers, 'x-amz-date') ?? '';
	if (!/^\d{8}T\d{6}Z$/.test(amzDate)) return {kind: 'malformed', detail: 'The request must contain an x-amz-date header in ISO-8601 basic format.'};
	if (!amzDate.startsWith(auth.date)) {
		return {kind: 'malformed', detail: 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.'};
	}
	if (!auth.signedHeaders.includes('host')) return {kind: 'malformed', detail: "SignedHeaders must include 'host'."};
	const missing = auth.signedHeaders.find((name) => header(request.headers, name) === undefined);
	if (missing !== undefined) return {kind: 'malformed', detail: `Signed header '${missing}' is not in the request.`};
	if (secretAccessKey === undefined) return undefined;
	return (await signatureMatches(request, auth, amzDate, secretAccessKey)) ? undefined : {kind: 'mismatch'};
}

async function signatureMatches(request: ReceivedRequest, auth: Authorization, amzDate: string, secretAccessKey: string): Promise<boolean> {
	const bodyHash = createHash('sha256').update(request.body).digest('hex');
	const declaredHash = header(request.headers, 'x-amz-content-sha256');
	if (declaredHash !== undefined && declaredHash !== 'UNSIGNED-PAYLOAD' && declaredHash !== bodyHash) return false;
	const headers: Record<string, string> = {};
	for (const name of auth.signedHeaders) headers[name] = header(request.headers, name) ?? '';
	const query: Record<string, string | string[]> = {};
	for (const key of new Set(request.query.keys())) {
		const values = request.query.getAll(key);
		query[key] = values.length === 1 ? values[0]! : values;
	}
	const [hostname = '', port] = (headers.host ?? '').split(':');
	const unsigned: HttpRequest = {
		method: request.method,
		protocol: 'http:',
		hostname,
		port: port ? Number(port) : undefined,
		path: request.path,
		query,
		headers,
		body: request.body,
	};
	const signer = new SignatureV4({
		credentials: {accessKeyId: auth.accessKeyId, secretAccessKey},
		region: auth.region,
		service: auth.service,
		sha256: Sha256,
		applyChecksum: false,
	});
	const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
	// Only the headers the client signed, each forced signable (botocore may sign headers the SDK never would).
	const signed = await signer.sign(unsigned, {signingDate, signableHeaders: new Set(auth.signedHeaders)});
	const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
	return expected.length === auth.signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature));
}

function toBuffer(data: SourceData): Buffer {
	if (typeof data === 'string') return Buffer.from(data, 'utf8');
	if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	return Buffer.from(data);
}

/** SHA-256 / HMAC-SHA256 on node:crypto in the shape @smithy/signature-v4 expects. */
class Sha256 implements Checksum {
	private hash: Hash | Hmac;
	constructor(private readonly secret?: SourceData) {
		this.hash = this.fresh();
	}

	private fresh(): Hash | Hmac {
		return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
	}

	update(chunk: Uint8Array) {
		this.hash.update(chunk);
	}

	async digest(): Promise<Uint8Array> {
		return new Uint8Array(this.hash.digest());
	}

	reset() {
		this.hash = this.fresh();
	}
}
