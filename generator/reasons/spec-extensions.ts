import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { displayPath, locate, type DocumentLocator, type DocumentPath } from './document-path.js';
import { isRecord, readReasonEntry } from './reason-entry.js';
import { normalizeAppliesTo } from './sorted.js';
import { UNGROUPED, type ReasonCatalog } from './types.js';

/** The vendor extension that carries reason entries in an OpenAPI document. */
export const REASONS_EXTENSION = 'x-error-reasons';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

/**
 * Reads `x-error-reasons` lists from a raw OpenAPI document: at the root
 * (entries apply where their `appliesTo` says), on a path item (they also
 * apply to every operation of that path) and on an operation (they also apply
 * to that operation). Entries have the JSON catalog's shape. Reasons come back
 * unmerged; the same reason listed on several operations is normal, and
 * `mergeReasonCatalogs` unions their `appliesTo`.
 */
export function readSpecExtensionReasons(spec: unknown, file?: string): ReasonCatalog {
  const catalog: ReasonCatalog = { reasons: [], groups: [], diagnostics: [] };
  if (!isRecord(spec)) return catalog;
  const locator: DocumentLocator = file === undefined ? {} : { file };
  readList(spec[REASONS_EXTENSION], [REASONS_EXTENSION], undefined, locator, catalog);
  const paths = isRecord(spec.paths) ? spec.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    readList(item[REASONS_EXTENSION], ['paths', path, REASONS_EXTENSION], path, locator, catalog);
    for (const method of METHODS) {
      const operation = item[method];
      if (isRecord(operation)) {
        readList(operation[REASONS_EXTENSION], ['paths', path, method, REASONS_EXTENSION], `${method.toUpperCase()} ${path}`, locator, catalog);
      }
    }
  }
  return catalog;
}

function readList(value: unknown, path: DocumentPath, endpoint: string | undefined, locator: DocumentLocator, catalog: ReasonCatalog): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    const diagnostic: Diagnostic = { code: 'reason-entry-invalid', severity: 'warning', message: `${displayPath(path)}: expected a list of reason entries; ignored.`, ...locate(locator, path) };
    catalog.diagnostics.push(diagnostic);
    return;
  }
  value.forEach((item: unknown, i) => {
    const entry = readReasonEntry(item, [...path, i], locator, catalog.diagnostics);
    if (!entry) return;
    const { group = UNGROUPED, appliesTo = [], ...rest } = entry;
    const { pointer, file } = locate(locator, [...path, i]);
    const reason: ErrorReasonIR = {
      ...rest,
      group,
      appliesTo: normalizeAppliesTo(endpoint === undefined ? appliesTo : [...appliesTo, endpoint]),
      operations: [],
      source: file === undefined ? { pointer } : { file, pointer },
    };
    catalog.reasons.push(reason);
  });
}
