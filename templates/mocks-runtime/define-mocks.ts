import type { HttpHandler } from 'msw';
import { createHandlers, type MockHandlerOptions } from './handlers.js';
import {
  errorHandler,
  rateLimitHandler,
  type ErrorScenarioOptions,
  type RateLimitOptions,
} from './scenarios.js';
import type { MockOperation, MockReason } from './types.js';

/** What the generated code passes in: its operation table and error catalog. */
export interface MocksConfig<Operations extends Record<string, MockOperation>> {
  operations: Operations;
  reasons: Record<string, MockReason>;
  statuses: Record<string, number>;
  /** The spec's API root, used when a call names no `baseURL`. */
  baseURL: string;
}

/** The mocks API of one SDK, typed by its operations and the reasons each can raise. */
export interface Mocks<
  Operations extends Record<string, MockOperation>,
  Reasons extends { [K in keyof Operations]: string },
> {
  /**
   * MSW handlers for every operation: schema-valid success responses from
   * the fixtures; lists honour the page size and token and chain
   * `next_page_token` over `listSize` items (default 25).
   *
   * @example setupServer(...createMockHandlers({ baseURL: 'http://localhost' }))
   */
  createMockHandlers(options?: MockHandlerOptions): HttpHandler[];
  /**
   * An MSW handler answering one operation with VoIPBIN's error envelope:
   * the reason's HTTP status and canonical status, a message and a
   * `request_id`. Use it with `server.use(...)`; `{ once: true }` answers only
   * the next request. A reason outside the catalog needs `{ status }`.
   *
   * @example server.use(mockError('calls.hangup', 'CALL_ALREADY_HANGUP'))
   */
  mockError<K extends keyof Operations & string>(
    operation: K,
    reason: Reasons[K] | (string & {}),
    options?: ErrorScenarioOptions,
  ): HttpHandler;
  /**
   * An MSW handler answering one operation with 429 RESOURCE_EXHAUSTED and
   * `Retry-After` (seconds, default 1). With `{ once: true }` the retry succeeds.
   *
   * @example server.use(mockRateLimit('calls.list', { once: true, retryAfter: 0 }))
   */
  mockRateLimit(operation: keyof Operations & string, options?: RateLimitOptions): HttpHandler;
  /**
   * The same API answering under another root, for a client created with
   * another `baseURL` (a local proxy, a test origin).
   *
   * @example const mocks = mockApi.at('http://localhost:8080'); server.use(mocks.mockError('calls.get', 'CALL_NOT_FOUND'))
   */
  at(baseURL: string): Mocks<Operations, Reasons>;
}

/** Binds the runtime to one SDK's operation table and error catalog. */
export function defineMocks<
  Operations extends Record<string, MockOperation>,
  Reasons extends { [K in keyof Operations]: string },
>(config: MocksConfig<Operations>): Mocks<Operations, Reasons> {
  const catalog = { baseURL: config.baseURL, reasons: config.reasons, statuses: config.statuses };
  const operation = (key: string): MockOperation => {
    const found = config.operations[key];
    if (!found)
      throw new Error(
        `No operation "${key}"; operations are named by SDK call path, e.g. "${Object.keys(config.operations)[0] ?? 'calls.list'}"`,
      );
    return found;
  };
  return {
    createMockHandlers: (options = {}) =>
      createHandlers(config.operations, { ...options, baseURL: options.baseURL ?? config.baseURL }),
    mockError: (key, reason, options = {}) => errorHandler(key, operation(key), reason, options, catalog),
    mockRateLimit: (key, options = {}) => rateLimitHandler(key, operation(key), options, catalog),
    at: (baseURL) => defineMocks<Operations, Reasons>({ ...config, baseURL }),
  };
}
