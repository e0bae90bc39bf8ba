// Service errors shaped like the official client's: they extend @smithy's ServiceException (the base class
// of every SDK v3 error, EC2's included), so `ServiceException.isInstance(e)`, `e.name`, `e.$fault` and
// `e.$metadata` work the same for both clients and one error-handling path serves them.
import {ServiceException, type ServiceExceptionOptions} from '@smithy/core/client';

export class ApplicationDiscoveryServiceServiceException extends ServiceException {
	constructor(options: ServiceExceptionOptions) {
		super(options);
		Object.setPrototypeOf(this, ApplicationDiscoveryServiceServiceException.prototype);
	}
}

type ModeledOptions = Omit<ServiceExceptionOptions, 'name' | '$fault'>;

export class AuthorizationErrorException extends ApplicationDiscoveryServiceServiceException {
	constructor(options: ModeledOptions) {
		super({...options, name: 'AuthorizationErrorException', $fault: 'client'});
		Object.setPrototypeOf(this, AuthorizationErrorException.prototype);
	}
}

export class HomeRegionNotSetException extends ApplicationDiscoveryServiceServiceException {
	constructor(options: ModeledOptions) {
		super({...options, name: 'HomeRegionNotSetException', $fault: 'client'});
		Object.setPrototypeOf(this, HomeRegionNotSetException.prototype);
	}
}

export class InvalidParameterException extends ApplicationDiscoveryServiceServiceException {
	constructor(options: ModeledOptions) {
		super({...options, name: 'InvalidParameterException', $fault: 'client'});
		Object.setPrototypeOf(this, InvalidParameterException.prototype);
	}
}

export class InvalidParameterValueException extends ApplicationDiscoveryServiceServiceException {
	constructor(options: ModeledOptions) {
		super({...options, name: 'InvalidParameterValueException', $fault: 'client'});
		Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
	}
}

export class ServerInternalErrorException extends ApplicationDiscoveryServiceServiceException {
	constructor(options: ModeledOptions) {
		super({...options, name: 'ServerInternalErrorException', $fault: 'server'});
		Object.setPrototypeOf(this, ServerInternalErrorException.prototype);
	}
}

/** The errors DescribeImportTasks models; anything else (ThrottlingException, ...) becomes the base class. */
const modeled: Record<string, new (options: ModeledOptions) => ApplicationDiscoveryServiceServiceException> = {
	AuthorizationErrorException,
	HomeRegionNotSetException,
	InvalidParameterException,
	InvalidParameterValueException,
	ServerInternalErrorException,
};

export function createServiceException(options: ServiceExceptionOptions): ApplicationDiscoveryServiceServiceException {
	const Modeled = Object.hasOwn(modeled, options.name) ? modeled[options.name] : undefined;
	return Modeled ? new Modeled(options) : new ApplicationDiscoveryServiceServiceException(options);
}
