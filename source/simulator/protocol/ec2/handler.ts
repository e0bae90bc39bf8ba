// One EC2 Query request from bytes to reply: signature, action, injected fault, parameters, DryRun, answer.
import {ApiError} from '../api-error.js';
import {ec2ErrorXml, ec2Errors} from './errors.js';
import {describeExportImageTasks, describeImportSnapshotTasks, describeStoreImageTasks} from './operations.js';
import {isEc2Operation, parseEc2Request, readForm, type Ec2Request} from './query-parse.js';
import {exportImageTasksXml, importSnapshotTasksXml, storeImageTasksXml} from './xml.js';
import type {Fault} from '../../faults/table.js';
import {truncateBody, type Handled, type HandlerContext} from '../handler-context.js';
import {checkSignature, type AuthProblem, type ReceivedRequest} from '../sigv4-check.js';

function headers(requestId: string): Record<string, string> {
	// The SDK reads $metadata.requestId only from this header; the body's <requestId> is for other clients.
	return {'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId, server: 'AmazonEC2'};
}

function authError(problem: AuthProblem): ApiError {
	if (problem.kind === 'missing') return ec2Errors.missingAuthentication();
	if (problem.kind === 'malformed') return ec2Errors.authFailure(problem.detail);
	return ec2Errors.signatureMismatch();
}

function faultError(fault: Fault | undefined): ApiError | undefined {
	switch (fault?.kind) {
		case 'throttle':
			return ec2Errors.throttled();
		case 'error500':
			return ec2Errors.internal();
		case 'denied':
			return ec2Errors.unauthorized();
		case 'expired':
			return ec2Errors.expired();
		default:
			return undefined;
	}
}

function render(request: Ec2Request, context: HandlerContext): string {
	const {index, time, requestId, xmlControls} = context;
	switch (request.action) {
		case 'DescribeImportSnapshotTasks':
			return importSnapshotTasksXml(describeImportSnapshotTasks(request, index, time), requestId, xmlControls);
		case 'DescribeExportImageTasks':
			return exportImageTasksXml(describeExportImageTasks(request, index, time), requestId, xmlControls);
		case 'DescribeStoreImageTasks':
			return storeImageTasksXml(describeStoreImageTasks(request, index, time), requestId, xmlControls);
	}
}

export async function handleEc2(request: ReceivedRequest, context: HandlerContext): Promise<Handled> {
	const form = readForm(request.query, request.body.toString('utf8'), request.headers['content-type']);
	const action = form.get('Action') ?? '';
	const log: Handled['log'] = {protocol: 'ec2', action, params: Object.fromEntries(form)};
	let delayMs = 0;
	const fail = (error: ApiError): Handled => ({
		reply: {status: error.status, headers: headers(context.requestId), body: ec2ErrorXml(error, context.requestId)},
		delayMs,
		log: {...log, errorCode: error.code},
	});

	const authProblem = await checkSignature(request, 'ec2', context.verifySecret);
	if (authProblem) return fail(authError(authProblem));
	if (action === '') return fail(ec2Errors.missingAction());
	if (!isEc2Operation(action)) return fail(ec2Errors.invalidAction(action));

	const fault = context.faults.draw(action);
	if (fault) log.fault = fault.kind;
	const refusal = faultError(fault);
	if (refusal) return fail(refusal); // with `denied`, a DryRun probe is refused too: that is its meaning
	if (fault?.kind === 'hang' || fault?.kind === 'reset') return {reply: fault.kind, delayMs, log};
	if (fault?.kind === 'latency') delayMs = fault.ms;

	try {
		const parsed = parseEc2Request(action, form);
		if (parsed.dryRun) return fail(ec2Errors.dryRun());
		const body = render(parsed, context);
		return {reply: {status: 200, headers: headers(context.requestId), body: fault?.kind === 'malformed' ? truncateBody(body) : body}, delayMs, log};
	} catch (error) {
		if (error instanceof ApiError) return fail(error);
		throw error;
	}
}
