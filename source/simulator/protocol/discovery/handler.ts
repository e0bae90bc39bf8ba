// One Discovery (awsJson1_1) request from bytes to reply: signature, X-Amz-Target, injected fault, body, answer.
import {ApiError} from '../api-error.js';
import {discoveryErrors} from './errors.js';
import {discoveryContentType, discoveryErrorJson, discoveryOperation, discoveryResponseJson, discoveryTarget} from './json.js';
import {describeImportTasks} from './operation.js';
import {parseDiscoveryRequest} from './request-parse.js';
import type {Fault} from '../../faults/table.js';
import {truncateBody, type Handled, type HandlerContext} from '../handler-context.js';
import {discoveryRegions} from '../../../model/discovery-regions.js';
import {checkSignature, signingScope, type AuthProblem, type ReceivedRequest} from '../sigv4-check.js';

function authError(problem: AuthProblem): ApiError {
	if (problem.kind === 'missing') return discoveryErrors.missingAuthentication();
	if (problem.kind === 'malformed') return discoveryErrors.incompleteSignature(problem.detail);
	return discoveryErrors.invalidSignature();
}

function faultError(fault: Fault | undefined): ApiError | undefined {
	switch (fault?.kind) {
		case 'throttle':
			return discoveryErrors.throttled();
		case 'error500':
			return discoveryErrors.internal();
		case 'denied':
			return discoveryErrors.unauthorized();
		case 'home-region':
			return discoveryErrors.homeRegionNotSet();
		case 'expired':
			return discoveryErrors.expired();
		default:
			return undefined;
	}
}

function paramsOf(body: string): unknown {
	try {
		return body.trim() === '' ? {} : JSON.parse(body);
	} catch {
		return body;
	}
}

export async function handleDiscovery(request: ReceivedRequest, target: string, context: HandlerContext): Promise<Handled> {
	const body = request.body.toString('utf8');
	const log: Handled['log'] = {protocol: 'discovery', action: target === discoveryTarget ? discoveryOperation : target, target, params: paramsOf(body)};
	const headers = {'content-type': discoveryContentType, 'x-amzn-requestid': context.requestId};
	let delayMs = 0;
	const fail = (error: ApiError): Handled => ({
		reply: {status: error.status, headers: {...headers, 'x-amzn-errortype': error.code}, body: discoveryErrorJson(error)},
		delayMs,
		log: {...log, errorCode: error.code},
	});

	const authProblem = await checkSignature(request, 'discovery', context.verifySecret);
	if (authProblem) return fail(authError(authProblem));
	// Like AWS, Discovery answers only in its seven regions.
	const region = signingScope(request.headers)?.region ?? '';
	if (!discoveryRegions.has(region)) return fail(discoveryErrors.regionNotServed(region));
	if (target !== discoveryTarget) return fail(discoveryErrors.unknownOperation());

	const fault = context.faults.draw(discoveryOperation);
	if (fault) log.fault = fault.kind;
	const refusal = faultError(fault);
	if (refusal) return fail(refusal);
	if (fault?.kind === 'hang' || fault?.kind === 'reset') return {reply: fault.kind, delayMs, log};
	if (fault?.kind === 'latency') delayMs = fault.ms;

	try {
		const json = discoveryResponseJson(describeImportTasks(parseDiscoveryRequest(body), context.index, context.time));
		return {reply: {status: 200, headers, body: fault?.kind === 'malformed' ? truncateBody(json) : json}, delayMs, log};
	} catch (error) {
		if (error instanceof ApiError) return fail(error);
		throw error;
	}
}
