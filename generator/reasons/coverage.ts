import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR, OperationIR } from '../ir/types.js';
import type { OperationMatcher } from './operation-matcher.js';
import type { ReasonGroup } from './types.js';

/**
 * `group-operation-without-reason` (info): operations inside a resource
 * group's scope that address one resource (their path has a `{param}`) yet get
 * none of the group's reasons. List and create endpoints are left out: they
 * legitimately raise only generic reasons. An ID-addressed endpoint without
 * one usually means the catalog's "Fired by" list is stale (a renamed path).
 *
 * Operations are reported in IR order; `operationReasons` maps each operation pointer to the reasons attached to it.
 */
export function groupCoverageDiagnostics(
  operations: readonly OperationIR[],
  groups: readonly ReasonGroup[],
  reasons: readonly ErrorReasonIR[],
  operationReasons: ReadonlyMap<string, ReadonlySet<string>>,
  matcher: OperationMatcher,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const group of groups.filter((candidate) => !candidate.generic)) {
    const names = reasons.filter((reason) => reason.group === group.name).map((reason) => reason.reason);
    if (names.length === 0) continue;
    const inScope = new Set<OperationIR>(group.scope.flatMap((pattern) => matcher.match(pattern).operations));
    for (const operation of operations.filter((candidate) => inScope.has(candidate))) {
      const attached = operationReasons.get(operation.pointer);
      if (!operation.path.includes('{') || names.some((name) => attached?.has(name))) continue;
      const diagnostic: Diagnostic = {
        code: 'group-operation-without-reason',
        severity: 'info',
        message: `${operation.method.toUpperCase()} ${operation.path} is in the scope of "${group.name}" but none of its reasons (${names.join(', ')}) applies to it.`,
        pointer: operation.pointer,
      };
      if (group.file !== undefined) diagnostic.file = group.file;
      if (group.line !== undefined) diagnostic.line = group.line;
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}
