import type { ApiIR, OperationIR } from './types.js';

/** Operations by pointer, for the pointers resources and reasons hold. */
export function operationIndex(ir: Pick<ApiIR, 'operations'>): Map<string, OperationIR> {
  return new Map(ir.operations.map((operation) => [operation.pointer, operation]));
}
