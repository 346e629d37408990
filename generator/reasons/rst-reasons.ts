import type { Diagnostic } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { interpretCauseAndFix } from './rst-cause-fix.js';
import type { RstListTable, RstTableRow } from './rst-list-table.js';
import { normalizeAppliesTo } from './sorted.js';
import { canonicalStatusForHttp, UNKNOWN_STATUS } from './status.js';
import type { ReasonGroup } from './types.js';

/** Which cell holds what; found from the header row, else the catalog's Reason / HTTP / Cause → Fix order. */
interface Columns {
  reason: number;
  http: number;
  cause: number;
  fix?: number;
}

const REASON_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * The reasons in one list-table, or `undefined` (and an info diagnostic) when
 * its header shows it is some other kind of table.
 */
export function reasonsFromTable(table: RstListTable, group: ReasonGroup, file: string | undefined, diagnostics: Diagnostic[]): ErrorReasonIR[] {
  const header = table.headerRows > 0 ? table.rows[0] : undefined;
  const columns = header ? columnsFromHeader(header) : { reason: 0, http: 1, cause: 2 };
  const at = (row: RstTableRow): Pick<Diagnostic, 'file' | 'line'> => (file === undefined ? { line: row.index + 1 } : { file, line: row.index + 1 });
  if (!columns) {
    if (header) diagnostics.push({ code: 'rst-list-table-not-reasons', severity: 'info', message: 'List-table has no "Reason" column; skipped.', ...at(header) });
    return [];
  }
  const reasons: ErrorReasonIR[] = [];
  for (const row of table.rows.slice(table.headerRows)) {
    const reason = reasonFromRow(row, columns, group, (message, code) => diagnostics.push({ code, severity: 'warning', message, ...at(row) }));
    if (reason) reasons.push({ ...reason, source: { ...at(row) } });
  }
  return reasons;
}

function reasonFromRow(
  row: RstTableRow,
  columns: Columns,
  group: ReasonGroup,
  report: (message: string, code: string) => void,
): Omit<ErrorReasonIR, 'source'> | undefined {
  const cell = (column: number | undefined): string => (column === undefined ? '' : (row.cells[column]?.text ?? ''));
  const needed = Math.max(columns.reason, columns.http, columns.cause) + 1;
  if (row.cells.length < needed) {
    report(`Reason row has ${row.cells.length} cell(s), expected ${needed} (Reason, HTTP, Cause → Fix); row skipped.`, 'rst-reason-row-malformed');
    return undefined;
  }
  const reason = plainText(cell(columns.reason));
  if (!REASON_NAME.test(reason)) {
    report(`Reason "${reason}" is not an UPPER_SNAKE code; row skipped.`, 'rst-reason-name-invalid');
    return undefined;
  }
  const httpText = plainText(cell(columns.http));
  if (!/^[1-5]\d\d$/.test(httpText)) {
    report(`Reason ${reason} has HTTP "${httpText}", expected a status code such as 404; row skipped.`, 'rst-reason-http-invalid');
    return undefined;
  }
  const http = Number(httpText);
  const status = canonicalStatusForHttp(http, reason);
  if (status === undefined) report(`Reason ${reason}: HTTP ${http} has no canonical status; using ${UNKNOWN_STATUS}.`, 'reason-status-unknown');
  const fixCell = cell(columns.fix).trim();
  const cause = interpretCauseAndFix(fixCell.length > 0 ? `${cell(columns.cause)} **Fix:** ${fixCell}` : cell(columns.cause));
  const appliesTo = group.generic ? ['*'] : cause.firedOn.length > 0 ? normalizeAppliesTo(cause.firedOn) : group.scope;
  const result: Omit<ErrorReasonIR, 'source'> = {
    reason,
    http,
    status: status ?? UNKNOWN_STATUS,
    group: group.name,
    description: cause.description,
    appliesTo: [...appliesTo],
    operations: [],
  };
  if (cause.fix !== undefined) result.fix = cause.fix;
  return result;
}

function columnsFromHeader(header: RstTableRow): Columns | undefined {
  const titles = header.cells.map((cell) => plainText(cell.text));
  const find = (pattern: RegExp, except?: number): number | undefined => {
    const index = titles.findIndex((title, i) => i !== except && pattern.test(title));
    return index < 0 ? undefined : index;
  };
  const reason = find(/reason/i);
  if (reason === undefined) return undefined;
  const cause = find(/cause|description|meaning|detail/i) ?? 2;
  const columns: Columns = { reason, http: find(/http|status/i) ?? 1, cause };
  const fix = find(/^(?:fix|resolution|remedy|action)/i, cause);
  if (fix !== undefined) columns.fix = fix;
  return columns;
}

/** Cell text without inline markup: ``CALL_NOT_FOUND`` → CALL_NOT_FOUND. */
function plainText(rst: string): string {
  return rst.replace(/``|\*\*|\*|`/g, '').replace(/\s+/g, ' ').trim();
}
