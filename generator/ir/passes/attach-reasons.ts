import type { Diagnostic } from '../../diagnostics/types.js';
import { groupCoverageDiagnostics } from '../../reasons/coverage.js';
import { patternDiagnostics, unmatchedReasonDiagnostic } from '../../reasons/attach-diagnostics.js';
import { createOperationMatcher } from '../../reasons/operation-matcher.js';
import { compareStrings, sortedUnique } from '../../reasons/sorted.js';
import type { ReasonGroup } from '../../reasons/types.js';
import type { ApiIR, ErrorReasonIR } from '../types.js';

/** The IR with reasons attached, and what the scoping found. */
export interface AttachReasonsResult {
  ir: ApiIR;
  diagnostics: Diagnostic[];
}

/**
 * Scopes error reasons to operations. Each reason's `appliesTo` patterns
 * (`*`, `/path`, `METHOD /path`, `{param}` matching any parameter name, a
 * trailing `*` as prefix wildcard, query strings ignored, `-`/`_` treated
 * alike only when the exact spelling matches nothing) are resolved against
 * `ir.operations`. Returns a new IR — the input is not modified — where every
 * reason lists its operation pointers (sorted), every operation lists its
 * reason names (sorted, unique; replacing what was there) and
 * `errors.reasons` holds the reasons sorted by name. Pass merged reasons
 * (`mergeReasonCatalogs`); duplicates are kept as given. `groups` only feed
 * the `group-operation-without-reason` coverage report.
 */
export function attachReasons(ir: ApiIR, reasons: readonly ErrorReasonIR[], groups: readonly ReasonGroup[] = []): AttachReasonsResult {
  const matcher = createOperationMatcher(ir.operations);
  const operationReasons = new Map<string, Set<string>>(ir.operations.map((operation) => [operation.pointer, new Set()]));
  const diagnostics: Diagnostic[] = [];
  const attached = [...reasons]
    .sort((a, b) => compareStrings(a.reason, b.reason))
    .map((reason): ErrorReasonIR => {
      const pointers = sortedUnique(reason.appliesTo.flatMap((pattern) => matcher.match(pattern).operations.map((operation) => operation.pointer)));
      for (const pointer of pointers) operationReasons.get(pointer)?.add(reason.reason);
      if (pointers.length === 0) diagnostics.push(unmatchedReasonDiagnostic(reason));
      return { ...reason, appliesTo: [...reason.appliesTo], operations: pointers, source: { ...reason.source } };
    });
  diagnostics.push(...patternDiagnostics(attached, matcher));
  diagnostics.push(...groupCoverageDiagnostics(ir.operations, groups, attached, operationReasons, matcher));
  return {
    ir: {
      ...ir,
      operations: ir.operations.map((operation) => ({ ...operation, reasons: sortedUnique(operationReasons.get(operation.pointer) ?? []) })),
      errors: { ...ir.errors, reasons: attached },
    },
    diagnostics,
  };
}
