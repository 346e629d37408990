import { change } from './impact.js';
import { code } from './markdown-code.js';
import { schemaChanges, type SurfacePair } from './schema-changes.js';
import type { SdkMethod } from './sdk-surface.js';
import type { SdkChange } from './types.js';

/** What a method returns: a page of items or one result, and its type. */
export function outputChanges(before: SdkMethod, after: SdkMethod, pair: SurfacePair): SdkChange[] {
  const [from, to] = [before.operation, after.operation];
  const where = { operation: after.label };
  if (from.pagination && !to.pagination) {
    return [change({ kind: 'pagination-removed', bump: 'major', target: after.sdkPath, ...where, message: `${code(after.sdkPath)} is no longer paginated: it returns one result instead of a page.` })];
  }
  if (!from.pagination && to.pagination) {
    return [change({ kind: 'pagination-added', bump: 'major', target: after.sdkPath, ...where, message: `${code(after.sdkPath)} is now paginated: it returns a page instead of one result.` })];
  }
  if (from.pagination && to.pagination) {
    const changes = schemaChanges(from.pagination.item, to.pagination.item, { target: `${after.sdkPath} item`, direction: 'response', ...where }, pair);
    const fields = (p: typeof from.pagination) => `${p.itemsField}/${p.nextField}/${p.tokenParam}/${p.sizeParam ?? ''}`;
    if (fields(from.pagination) !== fields(to.pagination)) {
      changes.push(change({ kind: 'pagination-changed', bump: 'patch', target: after.sdkPath, ...where, before: fields(from.pagination), after: fields(to.pagination), message: `${code(after.sdkPath)} pages through other fields (the SDK handles this).` }));
    }
    return changes;
  }
  const [old, now] = [from.success, to.success];
  const kind = (response: typeof old) => response?.kind ?? 'empty';
  if (kind(old) !== kind(now) || Boolean(old?.schema) !== Boolean(now?.schema)) {
    return [change({ kind: 'response-changed', bump: 'major', target: after.sdkPath, ...where, before: kind(old), after: kind(now), message: `${code(after.sdkPath)} returns ${describe(kind(now))} instead of ${describe(kind(old))}.` })];
  }
  if (!old?.schema || !now?.schema) return [];
  return schemaChanges(old.schema, now.schema, { target: `${after.sdkPath} result`, direction: 'response', ...where }, pair);
}

function describe(kind: string): string {
  return kind === 'empty' ? 'nothing' : kind === 'json' ? 'a JSON result' : kind === 'binary' ? 'a Blob' : 'text';
}
