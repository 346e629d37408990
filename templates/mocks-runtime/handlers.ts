import { http, HttpResponse, type HttpHandler } from 'msw';
import { pageBody } from './paging.js';
import { compileRoutes, findRoute, mswPath } from './routes.js';
import type { MockOperation } from './types.js';

/** Options of {@link createHandlers}. */
export interface MockHandlerOptions {
  /** API root the SDK calls, e.g. `https://api.voipbin.net/v1.0` or `http://localhost:8080`. */
  baseURL?: string;
  /** How many items every list has in all (spread over pages). Default 25. */
  listSize?: number;
}

const NO_BODY = new Set([204, 205, 304]);

/** The success response of an operation for one request. */
export function successResponse(operation: MockOperation, request: Request, listSize: number): Response {
  const { response, status } = operation;
  if (NO_BODY.has(status) || response.kind === 'empty') return new HttpResponse(null, { status });
  if (response.kind === 'text')
    return new HttpResponse(response.body(), { status, headers: { 'content-type': response.contentType } });
  if (response.kind === 'binary')
    return new HttpResponse(new TextEncoder().encode('mock binary data'), {
      status,
      headers: { 'content-type': response.contentType },
    });
  const body = operation.page
    ? pageBody(response.body(), operation.page, new URL(request.url), listSize)
    : response.body();
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

/** The MSW URL of an operation under `baseURL`. */
export function operationURL(baseURL: string, operation: Pick<MockOperation, 'path'>): string {
  return `${baseURL.replace(/\/+$/, '')}${mswPath(operation.path)}`;
}

/**
 * MSW handlers answering every operation with a schema-valid success
 * response; lists page over `listSize` items with chained page tokens.
 * One handler routes all operations (with routes compiled once): MSW would
 * otherwise try hundreds of handlers, compiling each path, on every request.
 * Requests it does not know fall through to other handlers.
 */
export function createHandlers(
  operations: Record<string, MockOperation>,
  options: MockHandlerOptions & { baseURL: string },
): HttpHandler[] {
  const listSize = options.listSize ?? 25;
  const root = options.baseURL.replace(/\/+$/, '');
  const basePath = new URL(root).pathname.replace(/\/+$/, '');
  const routes = compileRoutes(Object.values(operations));
  return [
    http.all(`${root}/*`, ({ request }) => {
      const path = new URL(request.url).pathname.slice(basePath.length);
      const operation = findRoute(routes, request.method, path);
      return operation ? successResponse(operation, request, listSize) : undefined;
    }),
  ];
}
