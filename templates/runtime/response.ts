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

/** The `x-request-id` header, else a `request_id` string in the JSON body. */
export function requestIdOf(headers: Headers, data: unknown): string | undefined {
  const header = headers.get('x-request-id');
  if (header) return header;
  if (typeof data !== 'object' || data === null) return undefined;
  const fromBody: unknown = (data as Record<string, unknown>)['request_id'];
  return typeof fromBody === 'string' ? fromBody : undefined;
}
