import type { CanonicalCode, VoipbinError, VoipbinErrorInit } from './errors.js';
import {
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

type ErrorClass = new (message: string, init: VoipbinErrorInit) => VoipbinError;

const CLASS_BY_CODE: Partial<Record<string, ErrorClass>> = {
  INVALID_ARGUMENT: InvalidArgumentError,
  UNAUTHENTICATED: UnauthenticatedError,
  PAYMENT_REQUIRED: PaymentRequiredError,
  PERMISSION_DENIED: PermissionDeniedError,
  NOT_FOUND: NotFoundError,
  ALREADY_EXISTS: AlreadyExistsError,
  FAILED_PRECONDITION: FailedPreconditionError,
  RESOURCE_EXHAUSTED: ResourceExhaustedError,
  UNAVAILABLE: UnavailableError,
  INTERNAL: InternalError,
};

const CODE_BY_STATUS: Partial<Record<number, CanonicalCode>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'PAYMENT_REQUIRED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  503: 'UNAVAILABLE',
};

/** The canonical code VoIPBIN uses for an HTTP status; other 5xx count as `INTERNAL`. */
function codeForStatus(status: number): CanonicalCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN');
}

/** The fields of `{"error": {...}}`, when the body is such an envelope. */
interface Envelope {
  status: string | undefined;
  reason: string | undefined;
  message: string | undefined;
  requestId: string | undefined;
  details: Record<string, unknown>[] | undefined;
}

function parseEnvelope(bodyText: string): Envelope | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const error = isRecord(parsed) ? parsed['error'] : undefined;
  if (!isRecord(error)) return undefined;
  const text = (key: string): string | undefined => {
    const value = error[key];
    return typeof value === 'string' ? value : undefined;
  };
  const details = error['details'];
  return {
    status: text('status'),
    reason: text('reason'),
    message: text('message'),
    requestId: text('request_id'),
    details: Array.isArray(details) ? details.filter(isRecord) : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A readable one-line excerpt of a non-JSON body: tags stripped, whitespace collapsed, 200 characters at most. */
function excerpt(bodyText: string): string {
  const plain = bodyText
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/** Whether a reason is worth retrying, from the SDK's reason catalog; undefined for a reason it does not know. */
export type ReasonRetryability = (reason: string) => boolean | undefined;

/** What the client knows about the failed call beyond the response. */
export interface ErrorContext {
  /** The SDK method that was called, e.g. `calls.hangup`. */
  operation?: string | undefined;
  /** Lets the reason catalog decide `retryable` for the reasons it knows. */
  isRetryableReason?: ReasonRetryability | undefined;
}

/**
 * Builds the error for a non-2xx response. The class follows the envelope's
 * canonical status when it has a known one, else the HTTP status, so a proxy's
 * HTML 502 is still an {@link InternalError} (with the page on `body`).
 * Pass a body from which secrets were already redacted.
 */
export function errorFromResponse(status: number, headers: Headers, bodyText: string, context: ErrorContext = {}): VoipbinError {
  const envelope = parseEnvelope(bodyText);
  const derived = codeForStatus(status);
  const code = envelope?.status ?? derived;
  const ErrorClass = CLASS_BY_CODE[code] ?? CLASS_BY_CODE[derived] ?? ApiError;
  const requestId = envelope?.requestId ?? headers.get('x-request-id') ?? undefined;
  const detail = envelope ? envelope.message : excerpt(bodyText) || '(empty body)';
  let message = `HTTP ${status} ${envelope?.reason ?? code}`;
  if (detail) message += `: ${detail}`;
  if (requestId) message += ` [request_id: ${requestId}]`;
  return new ErrorClass(message, {
    status,
    code,
    reason: envelope?.reason,
    requestId,
    details: envelope?.details,
    headers,
    body: envelope ? undefined : bodyText,
    retryable: envelope?.reason === undefined ? undefined : context.isRetryableReason?.(envelope.reason),
    operation: context.operation,
  });
}
