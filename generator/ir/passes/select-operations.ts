import type { OperationFilters } from '../../config/filters.js';
import type { ApiIR } from '../types.js';
import { buildResources } from './build-resources.js';
import { filterOperations } from './filter-operations.js';
import { pruneSchemas } from './prune-schemas.js';

/**
 * Applies the flavor's and the user's filters to a finished IR (after naming
 * and reasons, so neither depends on what is kept): drops operations, rebuilds
 * the resource tree, prunes models to what the kept operations reach, and
 * narrows each reason's operation list. No filter: the IR as it was.
 */
export function selectOperations(ir: ApiIR, filters: OperationFilters[]): ApiIR {
  const active = filters.filter((filter) => filter.include !== undefined || filter.exclude !== undefined);
  if (active.length === 0) return ir;
  const filtered = filterOperations(ir, active);
  const kept = new Set(filtered.operations.map((operation) => operation.pointer));
  const reasons = filtered.errors.reasons.map((reason) => ({ ...reason, operations: reason.operations.filter((pointer) => kept.has(pointer)) }));
  return pruneSchemas(buildResources({ ...filtered, errors: { ...filtered.errors, reasons } }));
}
