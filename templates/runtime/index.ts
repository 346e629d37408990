/** The runtime every generated SDK ships as `src/core/`. */
export { ApiPromise, type WithResponse } from './api-promise.js';
export { ClientCore, type ClientDefaults, type TransportHooks } from './client-core.js';
export { errorFromResponse, type ErrorContext, type ReasonRetryability } from './error-factory.js';
export {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  VoipbinClientError,
  VoipbinError,
  isErrorWithReason,
  isVoipbinError,
  type CanonicalCode,
  type VoipbinErrorInit,
} from './errors.js';
export type { Logger, LogLevel } from './logger.js';
export type { ClientOptions, RequestOptions, TokenProvider, TokenRequest } from './options.js';
export { Page, PagePromise, type PageConfig } from './pagination.js';
export { encodePathParam, path } from './path.js';
export type { BodySpec, HttpMethod, QueryParam, RequestSpec, ResponseKind } from './request-spec.js';
export {
  AlreadyExistsError,
  ApiError,
  FailedPreconditionError,
  InternalError,
  InvalidArgumentError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  ResourceExhaustedError,
  UnauthenticatedError,
  UnavailableError,
} from './status-errors.js';
export { ValidationError, type ValidationErrorInit, type ValidationIssue } from './validation-error.js';
