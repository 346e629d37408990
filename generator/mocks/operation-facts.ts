import type { OperationIR, ResponseIR } from '../ir/types.js';

/** Page size of a mock list when the request names none and the spec gives no default. */
export const DEFAULT_PAGE_SIZE = 25;

/** HTTP status a mock answers with: the documented 2xx, else 200 (3xx operations return what the redirect points at). */
export function successStatus(success: ResponseIR | undefined): number {
  return success && /^2\d\d$/.test(success.status) ? Number(success.status) : 200;
}

/** The page size a list uses when the request names none: the size parameter's default, else {@link DEFAULT_PAGE_SIZE}. */
export function defaultPageSize(operation: OperationIR): number {
  const size = operation.params.query.find((param) => param.name === operation.pagination?.sizeParam);
  const fallback = size?.schema.default;
  return typeof fallback === 'number' && Number.isInteger(fallback) && fallback > 0 ? fallback : DEFAULT_PAGE_SIZE;
}
