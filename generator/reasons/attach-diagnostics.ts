import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { byKey } from '../order/code-unit-order.js';
import type { OperationMatcher } from './operation-matcher.js';

/** `reason-unmatched` (warning): the reason attaches to no operation. */
export function unmatchedReasonDiagnostic(reason: ErrorReasonIR): Diagnostic {
  const patterns = reason.appliesTo.length > 0 ? `its patterns (${reason.appliesTo.join(', ')}) match no operation` : 'it names no endpoints and its group has no scope';
  return { code: 'reason-unmatched', severity: 'warning', message: `Reason ${reason.reason} is attached to no operation: ${patterns}.`, ...sourceLocation(reason) };
}

/**
 * One diagnostic per distinct pattern, sorted by pattern:
 * `reason-pattern-invalid` (warning) for text that is no pattern,
 * `reason-pattern-lenient-match` (info) when only the `-`/`_`-insensitive
 * comparison matched, and `reason-pattern-unmatched` (info) for a pattern that
 * matches nothing in a reason that does match elsewhere (wholly unmatched
 * reasons already got `reason-unmatched`).
 */
export function patternDiagnostics(reasons: readonly ErrorReasonIR[], matcher: OperationMatcher): Diagnostic[] {
  const users = new Map<string, ErrorReasonIR[]>();
  for (const reason of reasons) for (const pattern of reason.appliesTo) users.set(pattern, [...(users.get(pattern) ?? []), reason]);
  const diagnostics: Diagnostic[] = [];
  for (const [pattern, patternUsers] of [...users].sort(byKey)) {
    const match = matcher.match(pattern);
    const names = patternUsers.map((reason) => reason.reason).join(', ');
    const at = sourceLocation(patternUsers[0]);
    if (!match.pattern) {
      diagnostics.push({ code: 'reason-pattern-invalid', severity: 'warning', message: `"${pattern}" (${names}) is not an endpoint pattern; ignored.`, ...at });
    } else if (match.lenient) {
      const matched = match.operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`).join(', ');
      diagnostics.push({ code: 'reason-pattern-lenient-match', severity: 'info', message: `Pattern "${pattern}" (${names}) matched only with "-" and "_" treated alike: ${matched}.`, ...at });
    } else if (match.operations.length === 0) {
      const partly = patternUsers.filter((reason) => reason.operations.length > 0).map((reason) => reason.reason);
      if (partly.length > 0) {
        diagnostics.push({ code: 'reason-pattern-unmatched', severity: 'info', message: `Pattern "${pattern}" (${partly.join(', ')}) matches no operation.`, ...sourceLocation(patternUsers.find((reason) => reason.operations.length > 0)) });
      }
    }
  }
  return diagnostics;
}

function sourceLocation(reason: ErrorReasonIR | undefined): Pick<Diagnostic, 'file' | 'line' | 'pointer'> {
  const at: Pick<Diagnostic, 'file' | 'line' | 'pointer'> = {};
  if (reason?.source.file !== undefined) at.file = reason.source.file;
  if (reason?.source.line !== undefined) at.line = reason.source.line;
  if (reason?.source.pointer !== undefined) at.pointer = reason.source.pointer;
  return at;
}
