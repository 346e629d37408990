import type { Severity } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { duplicateReasonDiagnostics } from './duplicates.js';
import { displayPath, locate, type DocumentLocator, type DocumentPath } from './document-path.js';
import { parseJsonOrYaml } from './parse-document.js';
import { isRecord, readPatternList, readReasonEntry } from './reason-entry.js';
import { normalizeAppliesTo } from './sorted.js';
import { UNGROUPED, type ReasonCatalog, type ReasonGroup } from './types.js';

const ROOT_KEYS: ReadonlySet<string> = new Set(['$schema', 'groups', 'reasons']);

/**
 * Reads a JSON or YAML reason catalog (`ReasonCatalogDocument`, see
 * README.md). A reason without `appliesTo` takes its group's `scope`.
 * Reasons come back in file order, unmerged (see `mergeReasonCatalogs`).
 */
export function readJsonReasonCatalog(text: string, file?: string): ReasonCatalog {
  const parsed = parseJsonOrYaml(text, file);
  const diagnostics = [...parsed.diagnostics];
  const catalog: ReasonCatalog = { reasons: [], groups: [], diagnostics };
  const report = (severity: Severity, at: DocumentPath, message: string, code = 'reason-catalog-invalid'): void => {
    diagnostics.push({ code, severity, message: `${at.length > 0 ? displayPath(at) : 'catalog'}: ${message}`, ...locate(parsed.locator, at) });
  };
  if (parsed.value === undefined) return catalog;
  if (!isRecord(parsed.value) || !Array.isArray(parsed.value.reasons)) {
    report('error', [], 'expected an object with a "reasons" list.');
    return catalog;
  }
  for (const key of Object.keys(parsed.value).filter((key) => !ROOT_KEYS.has(key) && !key.startsWith('x-'))) {
    report('warning', [key], `unknown key "${key}" ignored (known: groups, reasons).`, 'reason-entry-unknown-key');
  }
  catalog.groups = readGroups(parsed.value.groups, parsed.locator, report);
  const scopes = new Map(catalog.groups.map((group) => [group.name, group.scope]));
  parsed.value.reasons.forEach((value: unknown, i) => {
    const path = ['reasons', i];
    const entry = readReasonEntry(value, path, parsed.locator, diagnostics);
    if (!entry) return;
    if (entry.group !== undefined && !scopes.has(entry.group)) {
      report('warning', [...path, 'group'], `group "${entry.group}" is not declared in "groups".`, 'reason-group-unknown');
    }
    const { group = UNGROUPED, appliesTo = [], ...rest } = entry;
    const source = locate(parsed.locator, path);
    const reason: ErrorReasonIR = {
      ...rest,
      group,
      appliesTo: normalizeAppliesTo(appliesTo.length > 0 ? appliesTo : (scopes.get(group) ?? [])),
      operations: [],
      source,
    };
    catalog.reasons.push(reason);
  });
  diagnostics.push(...duplicateReasonDiagnostics(catalog.reasons));
  return catalog;
}

function readGroups(
  value: unknown,
  locator: DocumentLocator,
  report: (severity: Severity, at: DocumentPath, message: string, code?: string) => void,
): ReasonGroup[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report('warning', ['groups'], 'expected a list of { name, scope? }; ignored.');
    return [];
  }
  const groups = new Map<string, ReasonGroup>();
  value.forEach((entry: unknown, i) => {
    const path = ['groups', i];
    if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name.length === 0) {
      report('warning', path, 'expected { name: string, scope?: string[] }; group ignored.');
      return;
    }
    if (groups.has(entry.name)) report('warning', [...path, 'name'], `group "${entry.name}" is declared twice; the first wins.`);
    const scope = normalizeAppliesTo(readPatternList(entry.scope, [...path, 'scope'], report) ?? []);
    const { file, line } = locate(locator, path);
    const group: ReasonGroup = { name: entry.name, scope, generic: scope.includes('*') };
    if (file !== undefined) group.file = file;
    if (line !== undefined) group.line = line;
    if (!groups.has(entry.name)) groups.set(entry.name, group);
  });
  return [...groups.values()];
}
