import type { Diagnostic } from '../diagnostics/types.js';
import { countBySeverity, summariseDiagnostics } from '../diagnostics/format-diagnostics.js';

/** Where the CLI talks to; tests pass their own. */
export interface Io {
  cwd: string;
  out(line: string): void;
  err(line: string): void;
  exit(code: number): void;
}

export function printDiagnostics(io: Io, diagnostics: Diagnostic[], verbose: boolean): void {
  const lines = summariseDiagnostics(diagnostics, verbose ? Infinity : 3);
  for (const line of lines) io.err(line);
  const counts = countBySeverity(diagnostics);
  if (counts.warning + counts.info > 0) io.err(`${counts.warning} warning(s), ${counts.info} info(s).`);
}

/** Prints the problems that stopped generation and exits 1. */
export function reportFailure(io: Io, diagnostics: Diagnostic[], target?: string): void {
  printDiagnostics(io, diagnostics, false);
  const counts = countBySeverity(diagnostics);
  io.err(`Generation${target === undefined ? '' : ` of "${target}"`} stopped: ${counts.fatal + counts.error} problem(s) to fix.`);
  io.exit(1);
}
