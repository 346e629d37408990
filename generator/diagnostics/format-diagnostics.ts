import type { Diagnostic, Severity } from './types.js';

const ORDER: Severity[] = ['fatal', 'error', 'warning', 'info'];

/** `file:line (pointer)` for a diagnostic, as much of it as is known. */
export function placeOf(diagnostic: Diagnostic): string {
  const file = diagnostic.file ? `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}` : ''}` : '';
  const pointer = diagnostic.pointer && !diagnostic.message.includes(diagnostic.pointer) ? diagnostic.pointer : '';
  return [file, pointer && `(${pointer})`].filter(Boolean).join(' ');
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = placeOf(diagnostic);
  return `${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${place ? `\n    at ${place}` : ''}`;
}

/**
 * Diagnostics for a terminal: fatal problems and errors in full; warnings
 * and infos grouped by code with the first few shown, so a spec with 400
 * of the same warning prints a handful of lines, not 400.
 */
export function summariseDiagnostics(diagnostics: Diagnostic[], perCode = 3): string[] {
  const lines: string[] = [];
  const sorted = [...diagnostics].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of sorted) {
    const key = `${diagnostic.severity} ${diagnostic.code}`;
    groups.set(key, [...(groups.get(key) ?? []), diagnostic]);
  }
  for (const group of groups.values()) {
    const first = group[0] as Diagnostic;
    const limit = first.severity === 'fatal' || first.severity === 'error' ? Infinity : perCode;
    for (const diagnostic of group.slice(0, limit)) lines.push(formatDiagnostic(diagnostic));
    if (group.length > limit) lines.push(`  … and ${group.length - limit} more ${first.severity} ${first.code} (see --json or --verbose)`);
  }
  return lines;
}

export function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { fatal: 0, error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
