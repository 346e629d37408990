import { InvalidResponseError } from './errors.js';
import type { ReadMode, Received } from './fetch-once.js';
import type { ResponseKind } from './request-spec.js';

/** How the body of a successful response of this kind is read. */
export function readModeFor(kind: ResponseKind): ReadMode {
  if (kind === 'binary') return 'blob';
  return kind === 'empty' ? 'discard' : 'text';
}

/**
 * The value of a successful response: parsed JSON, a `Blob` (binary), a
 * string (text), or `undefined` (empty, and any 204). A JSON operation whose
 * body is empty or not JSON throws an {@link InvalidResponseError} carrying
 * the raw text (secrets redacted).
 */
export function decodeBody(kind: ResponseKind, { response, payload }: Received, redact: (text: string) => string): unknown {
  if (kind === 'redirect') return redirectTarget({ response, payload }, redact);
  if (kind === 'empty' || response.status === 204) return undefined;
  if (kind !== 'json') return payload;
  const text = payload as string; // JSON bodies are read as text (see readModeFor).
  const invalid = (problem: string) =>
    new InvalidResponseError(`HTTP ${response.status}: ${problem}`, {
      status: response.status,
      headers: response.headers,
      body: redact(text),
    });
  if (text.trim() === '') throw invalid('expected a JSON body, but the body was empty');
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(`expected a JSON body, but it does not parse: ${redact(text.slice(0, 200))}`);
  }
}

/**
 * Where a redirect points: the `Location` header, made absolute; else a URL
 * the body carries as a JSON string (how VoIPBIN's spec describes its 307s);
 * else, when a custom `fetch` followed the redirect anyway, the final URL.
 * Browsers hide a redirect's target from scripts (an `opaqueredirect`
 * response): that is an {@link InvalidResponseError} explaining so.
 */
function redirectTarget({ response, payload }: Received, redact: (text: string) => string): string {
  const location = response.headers.get('location');
  if (location) return response.url ? new URL(location, response.url).href : location;
  const text = typeof payload === 'string' ? payload.trim() : '';
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string' && parsed !== '') return parsed;
    } catch {
      // Not a JSON string: fall through to the other sources.
    }
  }
  if (response.ok && response.url) return response.url;
  const problem =
    response.type === 'opaqueredirect'
      ? 'this runtime hides the target of redirects from scripts (a browser); call the operation from a server, or open its URL directly'
      : `expected a redirect with a Location header, got HTTP ${response.status} without one`;
  throw new InvalidResponseError(problem, { status: response.status, headers: response.headers, body: redact(text) });
}

/** The `x-request-id` header, else a `request_id` string in the JSON body. */
export function requestIdOf(headers: Headers, data: unknown): string | undefined {
  const header = headers.get('x-request-id');
  if (header) return header;
  if (typeof data !== 'object' || data === null) return undefined;
  const fromBody: unknown = (data as Record<string, unknown>)['request_id'];
  return typeof fromBody === 'string' ? fromBody : undefined;
}
