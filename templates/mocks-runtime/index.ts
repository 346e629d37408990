/** The mocks runtime every generated SDK ships as `src/mocks/runtime/`. */
export { defineMocks, type Mocks, type MocksConfig } from './define-mocks.js';
export { createHandlers, operationURL, successResponse, type MockHandlerOptions } from './handlers.js';
export { indexedId, requestIdFor, withIndex } from './ids.js';
export { withOverrides } from './overrides.js';
export { decodePageToken, encodePageToken, MAX_PAGE_SIZE, pageBody } from './paging.js';
export { compileRoutes, findRoute, mswPath, type Route } from './routes.js';
export {
  errorEnvelope,
  errorHandler,
  rateLimitHandler,
  resolveReason,
  type ErrorCatalog,
  type ErrorScenarioOptions,
  type RateLimitOptions,
} from './scenarios.js';
export { binary, empty, json, jsonOperation, operation, text } from './table.js';
export type { MockOperation, MockPage, MockReason, MockResponse } from './types.js';
