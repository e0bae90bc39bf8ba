// The errors Discovery answers with, as ApiErrors for json.ts to render.
import {ApiError} from '../api-error.js';
import {signatureMismatchMessage} from '../sigv4-check.js';

// Client errors are 400 (no httpError in the model); codes not modeled for this operation are marked.
export const discoveryErrors = {
	throttled: () => new ApiError(400, 'ThrottlingException', 'Rate exceeded'),
	internal: () => new ApiError(500, 'ServerInternalErrorException', 'An internal error occurred. Please try again later.'),
	unauthorized: () => new ApiError(400, 'AuthorizationErrorException', 'User is not authorized to perform discovery:DescribeImportTasks.'),
	homeRegionNotSet: () => new ApiError(400, 'HomeRegionNotSetException', 'The home region is not set. Set a home region to continue.'),
	// Not modeled; the generic code JSON services send for expired session credentials.
	expired: () => new ApiError(400, 'ExpiredTokenException', 'The security token included in the request is expired'),
	// Generic AWS JSON (Coral) errors; not modeled by ADS.
	unknownOperation: () => new ApiError(400, 'UnknownOperationException', 'The requested operation is not recognized by the service.'),
	missingAuthentication: () => new ApiError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token'),
	incompleteSignature: (detail: string) => new ApiError(400, 'IncompleteSignatureException', detail),
	// What an AWS endpoint answers a request signed for a region it does not serve. (Against AWS itself the
	// request never leaves: there is no discovery.<region> host to resolve. A loopback server cannot fail DNS.)
	regionNotServed: (region: string) =>
		new ApiError(
			400,
			'InvalidSignatureException',
			`Credential should be scoped to a valid region, not '${region}'. Application Discovery Service is not available in ${region}.`,
		),
	invalidSignature: () => new ApiError(400, 'InvalidSignatureException', signatureMismatchMessage),
	serialization: (detail: string) => new ApiError(400, 'SerializationException', detail),
	invalidValue: (detail: string) => new ApiError(400, 'InvalidParameterValueException', detail),
};
