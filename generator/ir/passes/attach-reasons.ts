import type { Diagnostic } from '../../diagnostics/types.js';
import { compareStrings } from '../../order/code-unit-order.js';
import { groupCoverageDiagnostics } from '../../reasons/coverage.js';
import { patternDiagnostics, unmatchedReasonDiagnostic } from '../../reasons/attach-diagnostics.js';
import { createOperationMatcher } from '../../reasons/operation-matcher.js';
import { sortedUnique } from '../../reasons/sorted.js';
import type { ReasonGroup } from '../../reasons/types.js';
import type { ApiIR, ErrorReasonIR, OperationIR } from '../types.js';
import type { ReasonScopes, Scoped } from './reason-scopes.js';

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
 * the `group-operation-without-reason` coverage report. `scopes`: scopings an earlier run made.
 */
export function attachReasons(ir: ApiIR, reasons: readonly ErrorReasonIR[], groups: readonly ReasonGroup[] = [], scopes?: ReasonScopes): AttachReasonsResult {
  const sorted = [...reasons].sort((a, b) => compareStrings(a.reason, b.reason));
  const scope = () => scopeReasons(ir.operations, sorted, groups);
  const { operations: pointersOf, diagnostics } = scopes ? scopes.scoped(ir.operations, sorted, groups, scope) : scope();
  const { attached, operationReasons } = attach(ir.operations, sorted, pointersOf);
  return {
    ir: {
      ...ir,
      operations: ir.operations.map((operation) => ({ ...operation, reasons: sortedUnique(operationReasons.get(operation.pointer) ?? []) })),
      errors: { ...ir.errors, reasons: attached },
    },
    diagnostics: [...diagnostics],
  };
}

function scopeReasons(operations: readonly OperationIR[], sorted: readonly ErrorReasonIR[], groups: readonly ReasonGroup[]): Scoped {
  const matcher = createOperationMatcher(operations);
  const pointersOf = sorted.map((reason) => sortedUnique(reason.appliesTo.flatMap((pattern) => matcher.match(pattern).operations.map((operation) => operation.pointer))));
  const { attached, operationReasons } = attach(operations, sorted, pointersOf);
  const diagnostics = attached.filter((reason) => reason.operations.length === 0).map(unmatchedReasonDiagnostic);
  diagnostics.push(...patternDiagnostics(attached, matcher));
  diagnostics.push(...groupCoverageDiagnostics(operations, groups, attached, operationReasons, matcher));
  return { operations: pointersOf, diagnostics };
}

/** The reasons with their operations' pointers (`pointersOf`, by reason), and each operation's reason names. */
function attach(operations: readonly OperationIR[], sorted: readonly ErrorReasonIR[], pointersOf: readonly string[][]) {
  const operationReasons = new Map<string, Set<string>>(operations.map((operation) => [operation.pointer, new Set()]));
  const attached = sorted.map((reason, index): ErrorReasonIR => {
    const pointers = [...(pointersOf[index] ?? [])];
    for (const pointer of pointers) operationReasons.get(pointer)?.add(reason.reason);
    return { ...reason, appliesTo: [...reason.appliesTo], operations: pointers, source: { ...reason.source } };
  });
  return { attached, operationReasons };
}
