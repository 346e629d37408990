import type { ApiIR, ErrorReasonIR, HttpMethod, OperationIR } from '../../generator/ir/types.js';

/** JSON pointer of an operation, as the IR builder writes it: `#/paths/~1calls~1{id}/get`. */
export function operationPointer(method: HttpMethod, path: string): string {
  return `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
}

/** A minimal operation: only what the reasons pass reads is meaningful. */
export function operationStub(method: HttpMethod, path: string): OperationIR {
  return {
    pointer: operationPointer(method, path),
    method,
    path,
    rawName: method,
    resource: path.split('/').filter((segment) => segment.length > 0 && !segment.startsWith('{')),
    tags: [],
    params: { path: [], query: [], header: [], cookie: [] },
    responses: [],
    errorStatuses: [],
    security: [],
    reasons: [],
  };
}

/** A minimal IR around `METHOD /path` strings, operations sorted by path then method as the IR is. */
export function apiStub(endpoints: readonly string[]): ApiIR {
  const operations = endpoints
    .map((endpoint) => {
      const [method = '', path = ''] = endpoint.split(' ');
      return operationStub(method.toLowerCase() as HttpMethod, path);
    })
    .sort((a, b) => (a.path === b.path ? (a.method < b.method ? -1 : 1) : a.path < b.path ? -1 : 1));
  return {
    meta: { title: 'stub', version: '0', openapi: '3.0', specHash: '' },
    servers: [],
    auth: [],
    schemas: [],
    operations,
    resources: [],
    errors: { statuses: [], reasons: [] },
  };
}

/** A reason with defaults for everything but its name and patterns. */
export function reasonStub(reason: string, appliesTo: string[], overrides: Partial<ErrorReasonIR> = {}): ErrorReasonIR {
  return { reason, http: 404, status: 'NOT_FOUND', group: 'Test', description: '', appliesTo, operations: [], source: {}, ...overrides };
}

/** The reasons attached to `METHOD /path` in an IR. */
export function reasonsOf(ir: ApiIR, endpoint: string): string[] | undefined {
  const [method = '', path = ''] = endpoint.split(' ');
  return ir.operations.find((operation) => operation.method === method.toLowerCase() && operation.path === path)?.reasons;
}
