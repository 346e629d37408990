/** The runtime error class a documented HTTP status raises (see templates/runtime/status-errors.ts). */
export function errorClassFor(status: number): string {
  switch (status) {
    case 400:
      return 'InvalidArgumentError';
    case 401:
      return 'UnauthenticatedError';
    case 402:
      return 'PaymentRequiredError';
    case 403:
      return 'PermissionDeniedError';
    case 404:
      return 'NotFoundError';
    case 409:
      return 'FailedPreconditionError';
    case 429:
      return 'ResourceExhaustedError';
    case 503:
      return 'UnavailableError';
    default:
      return status >= 500 ? 'InternalError' : 'ApiError';
  }
}
