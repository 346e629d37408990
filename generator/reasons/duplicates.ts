import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { describeReasonSource } from './merge.js';

/**
 * `reason-duplicate` (info) for every reason a catalog file lists again. The
 * listings still merge (see `mergeReasonCatalogs`); within one file a repeat
 * is usually a copy-paste slip worth a look.
 */
export function duplicateReasonDiagnostics(reasons: readonly ErrorReasonIR[]): Diagnostic[] {
  const firsts = new Map<string, ErrorReasonIR>();
  const diagnostics: Diagnostic[] = [];
  for (const reason of reasons) {
    const first = firsts.get(reason.reason);
    if (!first) {
      firsts.set(reason.reason, reason);
      continue;
    }
    const diagnostic: Diagnostic = {
      code: 'reason-duplicate',
      severity: 'info',
      message: `Reason ${reason.reason} is listed again at ${describeReasonSource(reason.source)} (first at ${describeReasonSource(first.source)}).`,
    };
    if (reason.source.file !== undefined) diagnostic.file = reason.source.file;
    if (reason.source.line !== undefined) diagnostic.line = reason.source.line;
    if (reason.source.pointer !== undefined) diagnostic.pointer = reason.source.pointer;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
