import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { duplicateReasonDiagnostics } from './duplicates.js';
import { parseListTable } from './rst-list-table.js';
import { reasonsFromTable } from './rst-reasons.js';
import { findSections, type RstSection } from './rst-sections.js';
import { findExplicitBlocks, findHeadings, rstLines } from './rst-structure.js';
import type { ReasonCatalog, ReasonGroup } from './types.js';

/**
 * Reads VoIPBIN's RST error-reason catalog (`restful_api_errors.rst`): every
 * `.. list-table::` row of Reason / HTTP / Cause → Fix, grouped under the
 * nearest heading. Reasons are returned in document order, unmerged (see
 * `mergeReasonCatalogs`); groups are those that own at least one reason table.
 * README.md describes how descriptions, fixes and `appliesTo` are derived.
 */
export function readRstReasonCatalog(text: string, file?: string): ReasonCatalog {
  const lines = rstLines(text);
  const blocks = findExplicitBlocks(lines);
  const sections = findSections(lines, findHeadings(lines), blocks);
  const diagnostics: Diagnostic[] = [];
  const reasons: ErrorReasonIR[] = [];
  const groups = new Map<RstSection, ReasonGroup>();
  for (const block of blocks.filter((candidate) => candidate.directive === 'list-table')) {
    const section = sections.findLast((candidate) => candidate.index < block.index);
    if (!section) continue;
    const group = groups.get(section) ?? groupOf(section, file);
    const table = parseListTable(lines, block);
    for (const problem of table.problems) {
      diagnostics.push({ code: 'rst-list-table-malformed', severity: 'warning', message: `List-table: ${problem.message}.`, ...location(file, problem.index) });
    }
    const tableReasons = reasonsFromTable(table, group, file, diagnostics);
    if (tableReasons.length > 0) groups.set(section, group);
    reasons.push(...tableReasons);
  }
  return { reasons, groups: [...groups.values()], diagnostics: [...diagnostics, ...duplicateReasonDiagnostics(reasons)] };
}

function groupOf(section: RstSection, file: string | undefined): ReasonGroup {
  const group: ReasonGroup = { name: section.title, scope: section.generic ? ['*'] : section.scope, generic: section.generic };
  if (file !== undefined) group.file = file;
  if (section.index >= 0) group.line = section.index + 1;
  return group;
}

function location(file: string | undefined, index: number): Pick<Diagnostic, 'file' | 'line'> {
  return file === undefined ? { line: index + 1 } : { file, line: index + 1 };
}
