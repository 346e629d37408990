import type { OperationFilters } from '../config/filters.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { buildIR } from './build/build-ir.js';
import { buildResources } from './passes/build-resources.js';
import { detectErrorEnvelope } from './passes/detect-error-envelope.js';
import { dropUnsendableBodies } from './passes/drop-unsendable-bodies.js';
import { detectPagination, type PaginationConvention } from './passes/detect-pagination.js';
import { filterOperations } from './passes/filter-operations.js';
import { pruneSchemas } from './passes/prune-schemas.js';
import { nameOperations, type NamingStrategy } from './passes/name-operations.js';
import { resolveAuth } from './passes/resolve-auth.js';
import type { ApiIR, AuthSchemeIR } from './types.js';

export interface IRPipelineOptions {
  naming: NamingStrategy;
  pagination: PaginationConvention;
  /** Auth to assume when the spec declares no security schemes. */
  defaultAuth: AuthSchemeIR[];
  /** Operations to keep; with any, models are pruned to what the kept operations reach. */
  filters?: OperationFilters[];
}

/** Bundled spec → IR: the builder, then the passes in their fixed order. */
export function buildApiIR(spec: Pick<LoadedSpec, 'document' | 'openapi' | 'hash'>, options: IRPipelineOptions): { ir: ApiIR; diagnostics: Diagnostic[] } {
  const built = buildIR(spec);
  const diagnostics = [...built.diagnostics];
  const paged = detectPagination(built.ir, options.pagination);
  diagnostics.push(...paged.diagnostics);
  const named = nameOperations(paged.ir, options.naming);
  diagnostics.push(...named.diagnostics);
  const sendable = dropUnsendableBodies(named.ir);
  diagnostics.push(...sendable.diagnostics);
  const filters = (options.filters ?? []).filter((filter) => filter.include !== undefined || filter.exclude !== undefined);
  let ir = resolveAuth(detectErrorEnvelope(sendable.ir), options.defaultAuth);
  if (filters.length > 0) ir = filterOperations(ir, filters);
  ir = buildResources(ir);
  if (filters.length > 0) ir = pruneSchemas(ir);
  return { ir, diagnostics };
}
