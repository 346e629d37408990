/**
 * One {@link VoipbinError} subclass per canonical status of VoIPBIN's error
 * envelope. `errorFromResponse` picks the class; catch them with `instanceof`.
 */
import { VoipbinError } from './errors.js';

/** 400 `INVALID_ARGUMENT`: a parameter or the body failed validation. */
export class InvalidArgumentError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'InvalidArgumentError';
}

/** 401 `UNAUTHENTICATED`: the token or access key is missing, invalid or expired. */
export class UnauthenticatedError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'UnauthenticatedError';
}

/** 402 `PAYMENT_REQUIRED`: the balance is too low for the operation. */
export class PaymentRequiredError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'PaymentRequiredError';
}

/** 403 `PERMISSION_DENIED`: authenticated, but not allowed to do this. */
export class PermissionDeniedError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'PermissionDeniedError';
}

/** 404 `NOT_FOUND`: the resource does not exist or belongs to another customer. */
export class NotFoundError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'NotFoundError';
}

/** 409 `ALREADY_EXISTS`: a duplicate create. */
export class AlreadyExistsError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'AlreadyExistsError';
}

/** 409 `FAILED_PRECONDITION`: the resource is in the wrong state (the default for a 409). */
export class FailedPreconditionError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'FailedPreconditionError';
}

/** 429 `RESOURCE_EXHAUSTED`: rate limit or quota exceeded. */
export class ResourceExhaustedError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'ResourceExhaustedError';
}

/** 503 `UNAVAILABLE`: an upstream service is temporarily unavailable. */
export class UnavailableError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'UnavailableError';
}

/** 500 `INTERNAL`, and any other 5xx without a class of its own (e.g. a proxy's 502). */
export class InternalError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'InternalError';
}

/** Any other error status (405, 413, 422, …): inspect `status` and `code`. */
export class ApiError<TReason extends string = string> extends VoipbinError<TReason> {
  override name: string = 'ApiError';
}
