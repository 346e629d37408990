import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { ErrorReasonIR } from '../ir/types.js';
import { displayPath, locate, type DocumentLocator, type DocumentPath } from './document-path.js';
import { parseEndpointPattern } from './endpoint-pattern.js';
import { canonicalStatusForHttp, UNKNOWN_STATUS } from './status.js';

/** A validated catalog entry; the caller decides `group`, `appliesTo` and `source`. */
export type ReasonEntry = Omit<ErrorReasonIR, 'group' | 'appliesTo' | 'operations' | 'source'> & { group?: string; appliesTo?: string[] };

const ENTRY_KEYS: ReadonlySet<string> = new Set(['reason', 'http', 'status', 'group', 'description', 'fix', 'retryable', 'appliesTo']);
const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

/** True for a plain (non-array) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one `{ reason, http, status?, group?, description, fix?, retryable?, appliesTo? }`
 * entry. A bad `reason` or `http` drops the entry (error); other bad fields
 * are dropped with a warning. Diagnostics name the entry's path.
 */
export function readReasonEntry(value: unknown, path: DocumentPath, locator: DocumentLocator, diagnostics: Diagnostic[]): ReasonEntry | undefined {
  const report = (severity: Severity, at: DocumentPath, message: string, code = 'reason-entry-invalid'): void => {
    diagnostics.push({ code, severity, message: `${displayPath(at)}: ${message}`, ...locate(locator, at) });
  };
  if (!isRecord(value)) {
    report('error', path, 'expected an object { reason, http, description, … }; entry skipped.');
    return undefined;
  }
  for (const key of Object.keys(value).filter((key) => !ENTRY_KEYS.has(key) && !key.startsWith('x-'))) {
    report('warning', [...path, key], `unknown key "${key}" ignored (known: ${[...ENTRY_KEYS].join(', ')}).`, 'reason-entry-unknown-key');
  }
  const { reason, http } = value;
  if (typeof reason !== 'string' || !UPPER_SNAKE.test(reason)) {
    report('error', [...path, 'reason'], `expected an UPPER_SNAKE reason code, got ${JSON.stringify(reason)}; entry skipped.`);
    return undefined;
  }
  if (typeof http !== 'number' || !Number.isInteger(http) || http < 100 || http > 599) {
    report('error', [...path, 'http'], `expected an HTTP status code (100–599), got ${JSON.stringify(http)}; entry skipped.`);
    return undefined;
  }
  const entry: ReasonEntry = { reason, http, status: '', description: '' };
  const optionalString = (key: 'status' | 'group' | 'description' | 'fix'): string | undefined => {
    const field = value[key];
    if (field === undefined || typeof field === 'string') return field;
    report('warning', [...path, key], `expected a string, got ${JSON.stringify(field)}; ignored.`);
    return undefined;
  };
  const status = optionalString('status');
  if (status !== undefined && !UPPER_SNAKE.test(status)) report('warning', [...path, 'status'], `"${status}" is not an UPPER_SNAKE status; derived from http instead.`);
  entry.status = status !== undefined && UPPER_SNAKE.test(status) ? status : (canonicalStatusForHttp(http, reason) ?? UNKNOWN_STATUS);
  if (entry.status === UNKNOWN_STATUS) report('warning', [...path, 'http'], `HTTP ${http} has no canonical status; using ${UNKNOWN_STATUS}.`, 'reason-status-unknown');
  const description = optionalString('description');
  if (description === undefined) report('warning', path, `reason ${reason} has no description.`);
  entry.description = description ?? '';
  const group = optionalString('group');
  if (group !== undefined) entry.group = group;
  const fix = optionalString('fix');
  if (fix !== undefined) entry.fix = fix;
  if (typeof value.retryable === 'boolean') entry.retryable = value.retryable;
  else if (value.retryable !== undefined) report('warning', [...path, 'retryable'], `expected true or false, got ${JSON.stringify(value.retryable)}; ignored.`);
  const appliesTo = readPatternList(value.appliesTo, [...path, 'appliesTo'], report);
  if (appliesTo !== undefined) entry.appliesTo = appliesTo;
  return entry;
}

/** A list of endpoint patterns; entries that are not patterns are dropped with a warning. */
export function readPatternList(
  value: unknown,
  path: DocumentPath,
  report: (severity: Severity, at: DocumentPath, message: string, code?: string) => void,
): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    report('warning', path, 'expected a list of endpoint patterns; ignored.');
    return undefined;
  }
  return value.flatMap((pattern: unknown, i) => {
    if (typeof pattern === 'string' && parseEndpointPattern(pattern) !== undefined) return [pattern.trim()];
    report('warning', [...path, i], `${JSON.stringify(pattern)} is not an endpoint pattern ("*", "/calls/{id}*", "POST /calls/{id}/hangup"); dropped.`, 'reason-pattern-invalid');
    return [];
  });
}
