import { AbortError, VoipbinError, type VoipbinClientError } from './errors.js';
import type { HttpMethod } from './request-spec.js';

/** First backoff ceiling; it doubles on each retry. */
export const BASE_DELAY_MS = 500;
/** Ceiling of the exponential backoff. */
export const MAX_BACKOFF_MS = 8_000;
/** Longest `Retry-After` wait honoured; longer values are cut to this. */
export const MAX_RETRY_AFTER_MS = 60_000;

const IDEMPOTENT = new Set<HttpMethod>(['get', 'put', 'delete', 'head', 'options']);

/**
 * Whether a failed attempt may be sent again: retryable failures (connection
 * errors, timeouts, and API errors whose `retryable` is true: the reason
 * catalog decides for the reasons it knows, else 408, 429 and 5xx) for
 * idempotent methods, or for POST and PATCH when `retryPost` is set; POST and
 * PATCH always on a retryable 429, which the server rejected before doing
 * anything.
 */
export function shouldRetry(method: HttpMethod, error: VoipbinClientError, retryPost: boolean): boolean {
  if (!error.retryable) return false;
  if (IDEMPOTENT.has(method) || retryPost) return true;
  return error instanceof VoipbinError && error.status === 429;
}

/** Sources of time and chance, replaceable in tests. */
export interface RetryClock {
  /** A number in [0, 1). */
  random: () => number;
  /** Milliseconds since the epoch. */
  now: () => number;
}

/**
 * How long to wait before retry number `retry` (0 for the first): the
 * server's `Retry-After` on 429 and 503 (at most 60 s), else exponential
 * backoff with full jitter: random in [0, min(8 s, 0.5 s × 2^retry)).
 */
export function retryDelay(retry: number, error: VoipbinClientError, clock: RetryClock): number {
  if (error instanceof VoipbinError && (error.status === 429 || error.status === 503)) {
    const retryAfter = parseRetryAfter(error.headers.get('retry-after'), clock.now());
    if (retryAfter !== undefined) return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
  }
  return Math.floor(clock.random() * Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** retry));
}

/** A `Retry-After` value (delay in seconds, or an HTTP date) in milliseconds from `now`; undefined when unusable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms` milliseconds; rejects with an {@link AbortError} as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError('The request was aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
