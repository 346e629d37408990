import { http, HttpResponse, type HttpHandler } from 'msw';
import { operationURL } from './handlers.js';
import { requestIdFor } from './ids.js';
import type { MockOperation, MockReason } from './types.js';

/** Options of an error scenario. */
export interface ErrorScenarioOptions {
  /** API root the SDK calls. Defaults to the spec's server. */
  baseURL?: string;
  /** Canonical status, for a reason the catalog does not list (or to override it). */
  status?: string;
  /** HTTP status; defaults to the reason's, else the canonical status's. */
  http?: number;
  message?: string;
  /** The envelope's `request_id`; by default one derived from the operation and reason. */
  requestId?: string;
  details?: Record<string, unknown>[];
  headers?: Record<string, string>;
  /** Answer only the next matching request, then fall through to the other handlers. */
  once?: boolean;
}

/** What the generated code knows about the API's errors. */
export interface ErrorCatalog {
  baseURL: string;
  reasons: Record<string, MockReason>;
  /** HTTP status of each canonical status. */
  statuses: Record<string, number>;
}

/** The error envelope VoIPBIN answers with: `{ error: { status, reason, message, request_id, details? } }`. */
export function errorEnvelope(init: {
  status: string;
  reason: string;
  message: string;
  requestId: string;
  details?: Record<string, unknown>[] | undefined;
}) {
  return {
    error: {
      status: init.status,
      reason: init.reason,
      message: init.message,
      request_id: init.requestId,
      ...(init.details ? { details: init.details } : {}),
    },
  };
}

/** The HTTP and canonical status of a reason: from the options, the catalog, or the reason being a canonical status itself. */
export function resolveReason(
  operationKey: string,
  reason: string,
  options: ErrorScenarioOptions,
  catalog: ErrorCatalog,
): MockReason {
  const known = catalog.reasons[reason];
  const status = options.status ?? known?.status ?? (reason in catalog.statuses ? reason : undefined);
  if (status === undefined) {
    throw new Error(
      `mockError('${operationKey}', '${reason}'): "${reason}" is not in the error catalog; pass { status: 'NOT_FOUND' } (a canonical status) to say what it means`,
    );
  }
  const httpStatus =
    options.http ?? (known && known.status === status ? known.http : catalog.statuses[status]) ?? 500;
  return { http: httpStatus, status, message: options.message ?? known?.message ?? `${reason} (mock)` };
}

/** An MSW handler answering one operation with an error envelope. */
export function errorHandler(
  operationKey: string,
  operation: MockOperation,
  reason: string,
  options: ErrorScenarioOptions,
  catalog: ErrorCatalog,
): HttpHandler {
  const resolved = resolveReason(operationKey, reason, options, catalog);
  let count = 0;
  return http[operation.method](
    operationURL(options.baseURL ?? catalog.baseURL, operation),
    () => {
      const requestId = options.requestId ?? requestIdFor(`${operationKey} ${reason} ${count++}`);
      const body = errorEnvelope({
        status: resolved.status,
        reason,
        message: resolved.message,
        requestId,
        details: options.details,
      });
      return HttpResponse.json(body, {
        status: resolved.http,
        headers: { 'x-request-id': requestId, ...options.headers },
      });
    },
    { once: options.once ?? false },
  );
}

/** Options of a rate-limit scenario. */
export interface RateLimitOptions extends Pick<ErrorScenarioOptions, 'baseURL' | 'once' | 'message'> {
  /** Seconds sent in `Retry-After`. Default 1. */
  retryAfter?: number;
}

/** An MSW handler answering one operation with 429 RESOURCE_EXHAUSTED and `Retry-After`. */
export function rateLimitHandler(
  operationKey: string,
  operation: MockOperation,
  options: RateLimitOptions,
  catalog: ErrorCatalog,
): HttpHandler {
  const reason =
    Object.keys(catalog.reasons).find((name) => catalog.reasons[name]?.status === 'RESOURCE_EXHAUSTED') ??
    'RATE_LIMIT_EXCEEDED';
  const { retryAfter = 1, ...rest } = options;
  return errorHandler(
    operationKey,
    operation,
    reason,
    { ...rest, status: 'RESOURCE_EXHAUSTED', http: 429, headers: { 'retry-after': String(retryAfter) } },
    catalog,
  );
}
