// EC2's error responses: <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response> with the
// status real EC2 uses. Codes marked "guess" have no capture from real AWS behind them.
import {ApiError} from '../api-error.js';
import {signatureMismatchMessage} from '../sigv4-check.js';
import {escapeXmlText} from './xml-text.js';

export const ec2Errors = {
	dryRun: () => new ApiError(412, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.'),
	throttled: () => new ApiError(503, 'RequestLimitExceeded', 'Request limit exceeded.'),
	internal: () => new ApiError(500, 'InternalError', 'An internal error has occurred'),
	unauthorized: () => new ApiError(403, 'UnauthorizedOperation', 'You are not authorized to perform this operation.'),
	// Expired session credentials: EC2 answers 400 RequestExpired (aws-sdk-java#1443, aws-sdk-go-v2#1674), not the
	// ExpiredToken that IAM/STS-style query services use.
	expired: () => new ApiError(400, 'RequestExpired', 'Request has expired.'),
	missingAction: () => new ApiError(400, 'MissingAction', 'The request must contain the parameter Action.'),
	invalidAction: (action: string) => new ApiError(400, 'InvalidAction', `The action ${action} is not valid for this web service.`),
	// No Authorization header. Code from EC2's error list; the 401 status is a guess modelled on AuthFailure.
	missingAuthentication: () =>
		new ApiError(401, 'MissingAuthenticationToken', 'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.'),
	authFailure: (detail: string) => new ApiError(401, 'AuthFailure', `AWS was not able to validate the provided access credentials (${detail}).`),
	// Wrong signature: code seen in real EC2 bodies (aws-cli#134); the 403 status is a guess.
	signatureMismatch: () => new ApiError(403, 'SignatureDoesNotMatch', signatureMismatchMessage),
	invalidToken: () => new ApiError(400, 'InvalidPaginationToken', 'The specified pagination token is not valid or is expired.'),
};

export function ec2ErrorXml(error: ApiError, requestId: string): string {
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<Response><Errors><Error><Code>${escapeXmlText(error.code)}</Code><Message>${escapeXmlText(error.message)}</Message></Error></Errors>` +
		`<RequestID>${requestId}</RequestID></Response>`
	);
}
