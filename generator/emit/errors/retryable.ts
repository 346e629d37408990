import type { ErrorReasonIR } from '../../ir/types.js';

/** Reason names that say the condition will not pass by itself, whatever the HTTP status. */
const PERMANENT = /(?:^|_)(?:NOT_CONFIGURED|NOT_SUPPORTED|UNSUPPORTED|NOT_IMPLEMENTED|DISABLED)$/;

/**
 * Whether a request that failed with this reason is worth sending again: the
 * catalog's `retryable` when it says; else HTTP 408, 429 and 5xx except 501
 * (the runtime's status rule), unless the name marks the condition as
 * permanent (a 503 `SIGNING_NOT_CONFIGURED` stays until an operator acts).
 */
export function isRetryableReason(reason: ErrorReasonIR): boolean {
  if (reason.retryable !== undefined) return reason.retryable;
  if (PERMANENT.test(reason.reason)) return false;
  return reason.http === 408 || reason.http === 429 || (reason.http >= 500 && reason.http !== 501);
}
