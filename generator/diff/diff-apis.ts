import type { ApiIR } from '../ir/types.js';
import { compareStrings } from '../order/code-unit-order.js';
import { errorStatusChanges, reasonChanges } from './error-changes.js';
import { maxBump } from './impact.js';
import { inputChanges } from './input-changes.js';
import { methodChanges, resourceChanges } from './method-changes.js';
import { modelChanges } from './model-changes.js';
import { outputChanges } from './output-changes.js';
import type { SurfacePair } from './schema-changes.js';
import { sdkSurface } from './sdk-surface.js';
import type { ApiLabel, ChangeKind, DiffReport, SdkChange } from './types.js';

const BUMP_ORDER = { major: 0, minor: 1, patch: 2 } as const;

/** The SDK-level changes from one API version to the next, classified, with the semver bump they imply. */
export function diffApis(before: ApiIR, after: ApiIR, options: { clientName: string }): DiffReport {
  const pair: SurfacePair = { before: sdkSurface(before, options.clientName), after: sdkSurface(after, options.clientName) };
  const methods = methodChanges(pair);
  const changes: SdkChange[] = [
    ...resourceChanges(pair),
    ...methods.changes,
    ...methods.matched.flatMap(([b, a]) => [...inputChanges(b, a, pair), ...outputChanges(b, a, pair)]),
    ...errorStatusChanges(methods.matched),
    ...modelChanges(pair),
    ...reasonChanges(pair, methods.matched),
  ].sort(
    (a, b) => BUMP_ORDER[a.bump] - BUMP_ORDER[b.bump] || compareStrings(a.target, b.target) || compareStrings(a.kind, b.kind) || compareStrings(a.message, b.message),
  );
  const byKind: Partial<Record<ChangeKind, number>> = {};
  for (const item of changes) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  const breaking = changes.filter((item) => item.breaking).length;
  return {
    from: label(before),
    to: label(after),
    bump: maxBump(changes.map((item) => item.bump)),
    counts: { breaking, nonBreaking: changes.length - breaking, byKind },
    changes,
  };
}

function label(ir: ApiIR): ApiLabel {
  return { title: ir.meta.title, version: ir.meta.version, specHash: ir.meta.specHash };
}
