import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { compareStrings } from '../order/code-unit-order.js';
import { normalizeAppliesTo } from './sorted.js';
import type { ReasonCatalog, ReasonGroup } from './types.js';

/**
 * Combines catalogs read from several sources into one, reasons sorted by
 * name and groups by name. A reason listed more than once (in one source or
 * across sources) is merged when HTTP code and status agree: `appliesTo` is
 * the union, the first non-empty description/fix/retryable is kept. When they disagree
 * the first listing wins and the later one is dropped with a `reason-conflict`
 * warning naming both places. Inputs are not modified.
 */
export function mergeReasonCatalogs(catalogs: readonly ReasonCatalog[]): ReasonCatalog {
  const reasons = new Map<string, ErrorReasonIR>();
  const groups = new Map<string, ReasonGroup>();
  const diagnostics: Diagnostic[] = catalogs.flatMap((catalog) => catalog.diagnostics);
  for (const reason of catalogs.flatMap((catalog) => catalog.reasons)) {
    const first = reasons.get(reason.reason);
    if (!first) reasons.set(reason.reason, { ...reason, appliesTo: [...reason.appliesTo], operations: [...reason.operations], source: { ...reason.source } });
    else if (first.http !== reason.http || first.status !== reason.status) diagnostics.push(conflict(first, reason));
    else {
      first.appliesTo = normalizeAppliesTo([...first.appliesTo, ...reason.appliesTo]);
      if (first.description.length === 0) first.description = reason.description;
      if (first.fix === undefined && reason.fix !== undefined) first.fix = reason.fix;
      if (first.retryable === undefined && reason.retryable !== undefined) first.retryable = reason.retryable;
    }
  }
  for (const group of catalogs.flatMap((catalog) => catalog.groups)) {
    const first = groups.get(group.name);
    if (!first) groups.set(group.name, { ...group, scope: [...group.scope] });
    else {
      first.scope = normalizeAppliesTo([...first.scope, ...group.scope]);
      first.generic ||= group.generic;
    }
  }
  return {
    reasons: [...reasons.values()].sort((a, b) => compareStrings(a.reason, b.reason)),
    groups: [...groups.values()].sort((a, b) => compareStrings(a.name, b.name)),
    diagnostics,
  };
}

/** `file:line`, `file#/pointer`, or whichever part is known. */
export function describeReasonSource(source: ErrorReasonIR['source']): string {
  const place = source.line !== undefined ? `:${source.line}` : (source.pointer ?? '');
  return source.file !== undefined ? `${source.file}${place}` : place || 'an unnamed source';
}

function conflict(kept: ErrorReasonIR, dropped: ErrorReasonIR): Diagnostic {
  const diagnostic: Diagnostic = {
    code: 'reason-conflict',
    severity: 'warning',
    message:
      `Reason ${kept.reason} is HTTP ${kept.http} (${kept.status}) in ${describeReasonSource(kept.source)} ` +
      `but HTTP ${dropped.http} (${dropped.status}) in ${describeReasonSource(dropped.source)}; keeping the first.`,
  };
  if (dropped.source.file !== undefined) diagnostic.file = dropped.source.file;
  if (dropped.source.line !== undefined) diagnostic.line = dropped.source.line;
  if (dropped.source.pointer !== undefined) diagnostic.pointer = dropped.source.pointer;
  return diagnostic;
}
