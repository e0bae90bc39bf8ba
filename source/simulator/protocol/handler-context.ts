// What the protocol handlers need from the running simulator, and what they hand back to the server.
import type {FaultKind, FaultTable} from '../faults/table.js';
import type {TaskIndex} from './task-index.js';
import type {SimTime} from './task-views.js';
import type {XmlControlCharacters} from './ec2/xml-text.js';

export type HandlerContext = {
	index: TaskIndex;
	/** Simulated time, read once per request at arrival. */
	time: SimTime;
	faults: FaultTable;
	/** When set, signatures are fully verified with this secret. */
	verifySecret?: string | undefined;
	xmlControls: XmlControlCharacters;
	requestId: string;
};

export type Reply = {status: number; headers: Record<string, string>; body: string};

export type Handled = {
	/** 'hang': never answer; 'reset': close the connection without answering. */
	reply: Reply | 'hang' | 'reset';
	/** Added latency before answering. */
	delayMs: number;
	log: RequestSummary;
};

/** What a handler learnt about a request, for the request log. */
export type RequestSummary = {
	protocol: 'ec2' | 'discovery';
	/** EC2 Action, or the operation named by X-Amz-Target ('' when neither was given). */
	action: string;
	/** Discovery only: the X-Amz-Target header as sent. */
	target?: string | undefined;
	/** EC2: the form keys; Discovery: the JSON body (or its text when it is not JSON). */
	params: unknown;
	/** AWS error code returned, if any. */
	errorCode?: string | undefined;
	fault?: FaultKind | undefined;
};

/** A 200 body cut short, for the `malformed` fault: the closing tags or braces never arrive. */
export function truncateBody(body: string): string {
	return body.slice(0, Math.max(1, Math.floor(body.length * 0.6)));
}
