/**
 * The error hierarchy. Everything the client throws extends {@link VoipbinClientError}:
 *
 * - {@link VoipbinError} — the API answered with an error status; one subclass
 *   per canonical status lives in `status-errors.ts`, built by `errorFromResponse`.
 *   {@link InvalidResponseError} is one too: a success status with a body that
 *   does not match the operation.
 * - {@link ConnectionError} and {@link TimeoutError} — no usable answer arrived.
 * - {@link AbortError} — the caller aborted through `signal`.
 */

/** Canonical statuses of VoIPBIN's error envelope, plus the ones this client derives itself. */
export type CanonicalCode =
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED'
  | 'PAYMENT_REQUIRED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'RESOURCE_EXHAUSTED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'UNKNOWN'
  | 'INVALID_RESPONSE';

/** True for statuses worth retrying: 408, 429 and 5xx except 501 (Not Implemented never changes). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
}

/** Base of every error the client throws. */
export abstract class VoipbinClientError extends Error {
  override name: string = 'VoipbinClientError';

  /** Whether sending the same request again may succeed. */
  abstract get retryable(): boolean;

  /** A plain summary for structured logs (secrets were redacted when the error was built). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, retryable: this.retryable };
  }
}

/** What {@link VoipbinError} is built from. */
export interface VoipbinErrorInit<TReason extends string = string> {
  status: number;
  code: CanonicalCode | (string & {});
  reason?: TReason | (string & {}) | undefined;
  requestId?: string | undefined;
  details?: readonly Record<string, unknown>[] | undefined;
  headers: Headers;
  body?: string | undefined;
  /** Whether the reason is worth retrying, from the SDK's reason catalog; undefined lets the HTTP status decide. */
  retryable?: boolean | undefined;
  /** The SDK method that was called, e.g. `calls.hangup`. */
  operation?: string | undefined;
}

/**
 * The API answered with an error. `TReason` lists the reasons an operation is
 * documented to raise; others still arrive (the catalog is open-ended).
 */
export abstract class VoipbinError<TReason extends string = string> extends VoipbinClientError {
  override name: string = 'VoipbinError';
  /** HTTP status. */
  readonly status: number;
  /** Canonical status from the envelope, or derived from the HTTP status when the body has none. */
  readonly code: CanonicalCode | (string & {});
  /** VoIPBIN's specific reason, e.g. `CALL_NOT_FOUND`; undefined when the body has none. */
  readonly reason: TReason | (string & {}) | undefined;
  /** From the envelope's `request_id`, else the `x-request-id` header. Quote it to support. */
  readonly requestId: string | undefined;
  /** The envelope's structured details; empty when absent. */
  readonly details: readonly Record<string, unknown>[];
  /** Response headers. */
  readonly headers: Headers;
  /** The raw body when it was not a VoIPBIN error envelope (e.g. a proxy's HTML page). */
  readonly body: string | undefined;
  /** The SDK method whose call failed, e.g. `calls.hangup` for `client.calls.hangup()`; undefined outside one. */
  readonly operation: string | undefined;
  readonly #reasonRetryable: boolean | undefined;

  constructor(message: string, init: VoipbinErrorInit<TReason>) {
    super(message);
    this.status = init.status;
    this.code = init.code;
    this.reason = init.reason;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.headers = init.headers;
    this.body = init.body;
    this.operation = init.operation;
    this.#reasonRetryable = init.retryable;
  }

  /**
   * A reason the catalog knows decides (`SERVICE_UNAVAILABLE` is worth
   * another try, a 503 `SIGNING_NOT_CONFIGURED` is not); without one, the
   * HTTP status does (408, 429, 5xx except 501).
   */
  get retryable(): boolean {
    return this.#reasonRetryable ?? isRetryableStatus(this.status);
  }

  override toJSON(): Record<string, unknown> {
    const { status, code, reason, requestId, details, body, operation } = this;
    return { ...super.toJSON(), status, code, reason, requestId, details, body, operation };
  }
}

/** A success status whose body does not match the operation: empty or malformed JSON, a looping page token. */
export class InvalidResponseError extends VoipbinError {
  override name: string = 'InvalidResponseError';

  constructor(message: string, init: { status: number; headers: Headers; body?: string | undefined }) {
    super(message, { ...init, code: 'INVALID_RESPONSE', requestId: init.headers.get('x-request-id') ?? undefined });
  }

  override get retryable(): boolean {
    return false;
  }
}

/** The request could not be sent or the connection broke before the response was read. */
export class ConnectionError extends VoipbinClientError {
  override name: string = 'ConnectionError';

  get retryable(): boolean {
    return true;
  }
}

/** An attempt took longer than the `timeout` option. */
export class TimeoutError extends VoipbinClientError {
  override name: string = 'TimeoutError';

  get retryable(): boolean {
    return true;
  }
}

/** The caller aborted the request through `signal`; it is never retried. */
export class AbortError extends VoipbinClientError {
  override name: string = 'AbortError';

  get retryable(): boolean {
    return false;
  }
}

/** True when `value` is an error the API answered with (any {@link VoipbinError} subclass). */
export function isVoipbinError(value: unknown): value is VoipbinError {
  return value instanceof VoipbinError;
}

/**
 * True when `value` is an API error whose `reason` is exactly `reason`; narrows
 * `reason` to that literal. Any string is accepted, so it also matches reasons
 * newer than the SDK; the SDK's `hasReason` is the same check typed against
 * its reason catalog.
 */
export function isErrorWithReason<R extends string>(value: unknown, reason: R): value is VoipbinError<R> & { readonly reason: R } {
  return value instanceof VoipbinError && value.reason === reason;
}
