import type { MockOperation, MockPage, MockResponse } from './types.js';

/**
 * Builders of the generated operation table, one call per entry. TypeScript
 * checks a call returning a {@link MockOperation} far faster than the same
 * entry as nested object literals, and the table has one entry per operation.
 */

/** An operation: its method, OpenAPI path template, success status and response; `page` for a list operation. */
export function operation(
  method: MockOperation['method'],
  path: string,
  status: number,
  response: MockResponse,
  page?: MockPage,
): MockOperation {
  return page ? { method, path, status, response, page } : { method, path, status, response };
}

/**
 * An operation answering JSON, the table's most common entry: one call where `operation(…, json(body))`
 * takes two, and each call costs TypeScript more to check than the entry's other parts. `body` builds a fresh
 * sample for each request (a fixture factory does).
 */
export function jsonOperation(
  method: MockOperation['method'],
  path: string,
  status: number,
  body: () => unknown,
  page?: MockPage,
): MockOperation {
  return operation(method, path, status, json(body), page);
}

/** A JSON response; `body` builds a fresh sample for each request (a fixture factory does). */
export function json(body: () => unknown): MockResponse {
  return { kind: 'json', body };
}

/** A text response. */
export function text(contentType: string, body: () => string): MockResponse {
  return { kind: 'text', contentType, body };
}

/** A binary response; the handlers answer with a few placeholder bytes. */
export function binary(contentType: string): MockResponse {
  return { kind: 'binary', contentType };
}

/** A response without a body. */
export function empty(): MockResponse {
  return { kind: 'empty' };
}
